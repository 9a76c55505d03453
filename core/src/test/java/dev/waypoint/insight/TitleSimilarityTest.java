package dev.waypoint.insight;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TitleSimilarityTest {

    @ParameterizedTest(name = "\"{0}\" ~ \"{1}\" = {2}")
    @CsvSource(delimiter = '|', value = {
            "Reduce open tickets to 40|reduce OPEN tickets to 25!|1.0",
            "Reduce open tickets|Reduce open bugs|0.5",
            "Resolve tickets within one day|Resolve tickets within a day|0.8",
            "Keep CSAT above target for support|Keep CSAT above target for sales|0.6666666666666666",
            "Improve NPS trial users onboarding|Improve NPS trial users|0.8",
            "Improve NPS trial users|Improve NPS trial|0.75",
            "ｔｉｃｋｅｔｓ closed|tickets closed|1.0",
            "2025|2026|0.0"})
    void givenTwoTitles_jaccard_comparesTheirNormalisedWords(String a, String b, double expected) {
        assertThat(TitleSimilarity.jaccard(a, b)).isEqualTo(expected);
    }

    @Test
    void givenDefaultThreshold_isNearIdentical_acceptsFourOfFiveWordsButNotThreeOfFour() {
        assertThat(TitleSimilarity.isNearIdentical("Improve NPS trial users onboarding",
                "Improve NPS trial users", 0.8)).isTrue();
        assertThat(TitleSimilarity.isNearIdentical("Improve NPS trial users", "Improve NPS trial", 0.8)).isFalse();
    }
}
