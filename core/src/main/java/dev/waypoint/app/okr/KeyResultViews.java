package dev.waypoint.app.okr;

import dev.waypoint.keyresult.KeyResultLookup;
import java.util.List;
import java.util.Objects;

/** A key result as the current user sees it: what they may do with it ({@link OkrAccess}) and whether its numbers are
 * hidden from them ({@link Disclosure}). */
public final class KeyResultViews {

    private final OkrAccess access;
    private final Disclosure disclosure;

    public KeyResultViews(OkrAccess access, Disclosure disclosure) {
        this.access = Objects.requireNonNull(access, "'access' must not be null");
        this.disclosure = Objects.requireNonNull(disclosure, "'disclosure' must not be null");
    }

    public KeyResultView of(KeyResultLookup.Found found) {
        KeyResultView view = access.view(found);
        boolean hidden = !disclosure.forViewer(List.of(found.keyResult()), List.of(found.objective()))
                .shows(found.keyResult());
        return new KeyResultView(view.keyResult(), view.canEdit(), view.canCheckIn(), hidden);
    }
}
