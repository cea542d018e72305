package io.dfloverlay.core.generate;

/** Small number-theory helpers for the algebraic constructions (primes below {@code 2^31}). */
final class PrimeFields {
    private PrimeFields() {}

    /** Whether {@code x} is prime; trial division, {@code O(√x)}. */
    static boolean isPrime(long x) {
        if (x < 2) return false;
        if (x % 2 == 0) return x == 2;
        for (long d = 3; d * d <= x; d += 2) {
            if (x % d == 0) return false;
        }
        return true;
    }

    /** {@code base^exp mod m} for {@code m < 2^31}. */
    static long powMod(long base, long exp, long m) {
        long result = 1 % m;
        long b = Math.floorMod(base, m);
        while (exp > 0) {
            if ((exp & 1) == 1) result = result * b % m;
            b = b * b % m;
            exp >>= 1;
        }
        return result;
    }

    /** Legendre symbol {@code (a/p)} for an odd prime p: 0, 1 or −1 (Euler's criterion). */
    static int legendre(long a, long p) {
        long r = powMod(a, (p - 1) / 2, p);
        return r == 0 ? 0 : r == 1 ? 1 : -1;
    }

    /** Inverse of {@code a} modulo the prime p, {@code a ≢ 0}. */
    static long inverse(long a, long p) {
        return powMod(a, p - 2, p);
    }
}
