package dev.waypoint.preview.sample;

import dev.waypoint.preview.user.PreviewDirectory;
import java.time.Clock;
import java.util.Objects;

/**
 * What the sample's "Jira" holds besides Waypoint's own storage: its calendar, its people and its issues. A pure
 * function of today's date and zone (and a fixed seed), so it is rebuilt identically at every start on the same day;
 * on a later day the issues keep their ids and keys and shift with today.
 */
public record SampleWorld(SampleCalendar calendar, SamplePeople people, SampleTickets tickets) {

    public SampleWorld {
        Objects.requireNonNull(calendar, "'calendar' must not be null");
        Objects.requireNonNull(people, "'people' must not be null");
        Objects.requireNonNull(tickets, "'tickets' must not be null");
    }

    /** The world of the day {@code clock} shows. */
    public static SampleWorld create(Clock clock, PreviewDirectory directory) {
        SampleCalendar calendar = SampleCalendar.of(clock);
        SamplePeople people = new SamplePeople(directory);
        return new SampleWorld(calendar, people, SampleTickets.generate(calendar, people));
    }
}
