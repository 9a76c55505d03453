// Mirror of com.atlassian.activeobjects.external.ModelVersion for Jira Data Center 11.3 LTS (com.atlassian.activeobjects:activeobjects-plugin).
// Source: public repo Kast0rTr0y/ao-plugin, path activeobjects-core/src/main/java/com/atlassian/activeobjects/external/ModelVersion.java
// Signatures only: every body throws. The real class has a private constructor taking the int version.
package com.atlassian.activeobjects.external;

public final class ModelVersion implements Comparable<ModelVersion> {

    private ModelVersion() {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public int compareTo(ModelVersion mv) {
        throw new UnsupportedOperationException("stub");
    }

    public boolean isOlderThan(ModelVersion mv) {
        throw new UnsupportedOperationException("stub");
    }

    public boolean isNewerThan(ModelVersion mv) {
        throw new UnsupportedOperationException("stub");
    }

    public boolean isSame(ModelVersion mv) {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public String toString() {
        throw new UnsupportedOperationException("stub");
    }

    public static ModelVersion valueOf(String s) {
        throw new UnsupportedOperationException("stub");
    }
}
