#pragma once

#include <QList>
#include <QtGlobal>

#include <cmath>

namespace cw::sim {

// A small, fast, portable pseudo-random generator (the SplitMix64 recurrence) for the simulator.
// std::*_distribution results differ between standard libraries; everything here is plain integer
// arithmetic, so a seed gives the same traffic on every platform and compiler.
class SimRandom
{
public:
    explicit SimRandom(quint64 seed)
        : m_state(seed)
    {}

    // Derives an independent stream seed from a base seed and up to three keys (entity serial,
    // attempt number, purpose...). Streams keep one entity's draws from shifting everything else.
    static quint64 streamSeed(quint64 base, quint64 a, quint64 b = 0, quint64 c = 0)
    {
        quint64 h = finalize(base ^ 0x5DEECE66DULL);
        h = finalize(h ^ (a + 0x9E3779B97F4A7C15ULL));
        h = finalize(h ^ (b + 0xC2B2AE3D27D4EB4FULL));
        h = finalize(h ^ (c + 0x165667B19E3779F9ULL));
        return h;
    }

    quint64 next()
    {
        m_state += 0x9E3779B97F4A7C15ULL;
        return finalize(m_state);
    }

    // Uniform in [0, 1).
    double uniform() { return static_cast<double>(next() >> 11) * (1.0 / 9007199254740992.0); }

    // Uniform integer in [lo, hi] (inclusive). The tiny modulo bias is irrelevant here.
    qint64 range(qint64 lo, qint64 hi)
    {
        if (hi <= lo)
            return lo;
        const auto span = static_cast<quint64>(hi - lo) + 1;
        return lo + static_cast<qint64>(next() % span);
    }

    bool chance(double probability) { return uniform() < probability; }

    // Exponentially distributed with the given mean (gaps between independent arrivals).
    double exponential(double mean) { return -mean * std::log(1.0 - uniform()); }

    // Log-normal with the given median and shape (sigma): long-tailed durations.
    double logNormal(double median, double sigma)
    {
        // Box-Muller; 1 - uniform() is in (0, 1], so the logarithm is finite.
        const double u1 = 1.0 - uniform();
        const double u2 = uniform();
        const double z = std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
        return median * std::exp(sigma * z);
    }

    template<typename T>
    const T &pick(const QList<T> &list)
    {
        Q_ASSERT(!list.isEmpty());
        return list.at(range(0, list.size() - 1));
    }

private:
    static quint64 finalize(quint64 z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    quint64 m_state;
};

} // namespace cw::sim
