package dev.waypoint.preview.velocity;

import org.apache.velocity.runtime.RuntimeServices;
import org.apache.velocity.runtime.log.LogChute;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Velocity's log to SLF4J (otherwise Velocity 1.7 writes a velocity.log into the working directory). */
final class Slf4jLogChute implements LogChute {

    private static final Logger LOG = LoggerFactory.getLogger("org.apache.velocity");

    @Override
    public void init(RuntimeServices services) {
        // nothing to set up
    }

    @Override
    public void log(int level, String message) {
        log(level, message, null);
    }

    @Override
    public void log(int level, String message, Throwable failure) {
        switch (level) {
            case ERROR_ID -> LOG.error(message, failure);
            case WARN_ID -> LOG.warn(message, failure);
            // Velocity's INFO is start-up chatter.
            case INFO_ID, DEBUG_ID -> LOG.debug(message, failure);
            default -> LOG.trace(message, failure);
        }
    }

    @Override
    public boolean isLevelEnabled(int level) {
        return switch (level) {
            case ERROR_ID -> LOG.isErrorEnabled();
            case WARN_ID -> LOG.isWarnEnabled();
            case INFO_ID, DEBUG_ID -> LOG.isDebugEnabled();
            default -> LOG.isTraceEnabled();
        };
    }
}
