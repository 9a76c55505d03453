package dev.waypoint.insight;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * "Near-identical" titles for the business-as-usual insight: the Jaccard index of the titles' normalised word sets,
 * {@code |A ∩ B| / |A ∪ B|}, at least a threshold (default 0.8). Normalising: Unicode NFKC, lower case, split at
 * everything that is not a letter or a digit; numbers (which change every cycle: "to 50", "to 40") and a few English
 * filler words are dropped. Two titles without any remaining word are not similar.
 */
public final class TitleSimilarity {

    private static final Set<String> FILLER = Set.of("a", "an", "the", "to", "of", "in", "on", "for", "and", "or",
            "by", "from", "at", "with", "our", "per");

    private TitleSimilarity() {
    }

    public static double jaccard(String first, String second) {
        Set<String> a = words(first);
        Set<String> b = words(second);
        if (a.isEmpty() && b.isEmpty()) {
            return 0;
        }
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        Set<String> common = new HashSet<>(a);
        common.retainAll(b);
        return common.size() / (double) union.size();
    }

    public static boolean isNearIdentical(String first, String second, double threshold) {
        return jaccard(first, second) >= threshold;
    }

    static Set<String> words(String title) {
        String normal = Normalizer.normalize(title, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return Arrays.stream(normal.split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty() && !FILLER.contains(w) && !w.chars().allMatch(Character::isDigit))
                .collect(Collectors.toSet());
    }
}
