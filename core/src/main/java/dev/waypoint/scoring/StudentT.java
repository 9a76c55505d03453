package dev.waypoint.scoring;

/** The 0.90 quantile of Student's t distribution, for two-sided 80 % intervals. */
final class StudentT {

    /** t(0.90; df) for df = 1..30 (scipy.stats.t.ppf(0.9, df), 6 decimals). */
    private static final double[] Q90 = {
        3.077684, 1.885618, 1.637744, 1.533206, 1.475884, 1.439756, 1.414924, 1.396815, 1.383029, 1.372184,
        1.363430, 1.356217, 1.350171, 1.345030, 1.340606, 1.336757, 1.333379, 1.330391, 1.327728, 1.325341,
        1.323188, 1.321237, 1.319460, 1.317836, 1.316345, 1.314972, 1.313703, 1.312527, 1.311434, 1.310415};

    /** The standard normal 0.90 quantile. */
    private static final double Z90 = 1.2815515655446004;

    private StudentT() {
    }

    static double quantile90(int degreesOfFreedom) {
        if (degreesOfFreedom < 1) {
            throw new IllegalArgumentException("'degreesOfFreedom' must be >= 1, was " + degreesOfFreedom);
        }
        if (degreesOfFreedom <= Q90.length) {
            return Q90[degreesOfFreedom - 1];
        }
        // Cornish-Fisher expansion (Abramowitz & Stegun 26.7.5); error below 1e-8 from df 31 on.
        double v = degreesOfFreedom;
        double z = Z90;
        double z3 = z * z * z;
        double z5 = z3 * z * z;
        double z7 = z5 * z * z;
        double z9 = z7 * z * z;
        return z + (z3 + z) / (4 * v)
                + (5 * z5 + 16 * z3 + 3 * z) / (96 * v * v)
                + (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384 * v * v * v)
                + (79 * z9 + 776 * z7 + 1482 * z5 - 1920 * z3 - 945 * z) / (92160 * v * v * v * v);
    }
}
