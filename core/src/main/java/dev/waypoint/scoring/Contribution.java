package dev.waypoint.scoring;

import dev.waypoint.shared.Weight;
import java.util.Objects;

/** One part of an objective's roll-up: a key result or a contributing child objective, with its weight. */
public record Contribution(Weight weight, Progress progress) {

    public Contribution {
        Objects.requireNonNull(weight, "'weight' must not be null");
        Objects.requireNonNull(progress, "'progress' must not be null");
    }
}
