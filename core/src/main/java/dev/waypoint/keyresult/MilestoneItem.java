package dev.waypoint.keyresult;

import dev.waypoint.shared.Limits;
import dev.waypoint.shared.Weight;
import java.util.Objects;

/** One weighted milestone of a MILESTONE key result's checklist. */
public record MilestoneItem(String title, Weight weight) {

    public MilestoneItem {
        Objects.requireNonNull(title, "'title' must not be null");
        Objects.requireNonNull(weight, "'weight' must not be null");
        if (title.isBlank() || title.length() > Limits.TITLE) {
            throw new IllegalArgumentException("'title' must be 1-" + Limits.TITLE + " characters");
        }
    }
}
