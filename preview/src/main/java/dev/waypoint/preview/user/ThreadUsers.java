package dev.waypoint.preview.user;

import java.util.Objects;
import java.util.Optional;

/** {@link PreviewSession} bound to the current thread, set per request by {@link CurrentUserFilter}. */
public final class ThreadUsers implements PreviewSession {

    private final ThreadLocal<PreviewUser> current = new ThreadLocal<>();

    @Override
    public Optional<PreviewUser> currentUser() {
        return Optional.ofNullable(current.get());
    }

    /** Makes {@code user} the current user of this thread until {@link #clear()}. */
    public void set(PreviewUser user) {
        current.set(Objects.requireNonNull(user, "'user' must not be null"));
    }

    public void clear() {
        current.remove();
    }
}
