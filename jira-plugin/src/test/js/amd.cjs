/*
 * Loads the app's AMD modules (define('name', [deps], factory)) from src/main/resources/js under Node, in this realm,
 * with stubs for what the page provides (AJS, wrm/context-path, the DOM-only modules a test does not need).
 */
'use strict';

const fs = require('fs');
const path = require('path');

const JS = path.resolve(__dirname, '..', '..', 'main', 'resources', 'js');

/** AJS as the untransformed source sees it: getText returns the key, with the arguments appended. */
const AJS = {
    I18n: {
        getText(key, ...args) {
            return args.length ? key + '[' + args.join('|') + ']' : key;
        }
    },
    format(pattern, ...args) {
        return pattern.replace(/\{(\d+)\}/g, (match, i) => String(args[Number(i)]));
    }
};

/**
 * Loads the files (paths relative to src/main/resources/js) and returns require(name). stubs maps module names to
 * values used instead of (or in the absence of) real modules.
 */
function load(files, stubs) {
    const registry = new Map();
    const define = (name, deps, factory) => registry.set(name, { deps, factory });
    for (const file of files) {
        const code = fs.readFileSync(path.join(JS, file), 'utf8');
        new Function('define', 'AJS', 'window', code)(define, AJS, { AJS });
    }
    const cache = new Map();
    const requireModule = (name) => {
        if (stubs && Object.prototype.hasOwnProperty.call(stubs, name)) {
            return stubs[name];
        }
        if (!cache.has(name)) {
            const module = registry.get(name);
            if (!module) {
                throw new Error('no AMD module ' + name);
            }
            cache.set(name, module.factory(...module.deps.map(requireModule)));
        }
        return cache.get(name);
    };
    return requireModule;
}

module.exports = { load, AJS };
