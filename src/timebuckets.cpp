#include "timebuckets.h"

#include "i18n.h"

#include <algorithm>
#include <vector>

namespace cw {

namespace {

constexpr qint64 kMinuteMs = 60 * 1000;
constexpr qint64 kHourMs = 60 * kMinuteMs;
constexpr qint64 kDayMs = 24 * kHourMs;

qint64 floorDiv(qint64 a, qint64 b)
{
    const qint64 q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

qint64 floorMod(qint64 a, qint64 b)
{
    return a - floorDiv(a, b) * b;
}

QDateTime utcFromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
}

// A bucket boundary: a UTC instant and the zone's UTC offset from that instant on.
struct Boundary
{
    qint64 utcMs;
    qint64 offsetMs;
};

// Local day number (days since 1970-01-01 on the wall clock) of a UTC instant with the given offset.
qint64 localDay(qint64 utcMs, qint64 offsetMs)
{
    return floorDiv(utcMs + offsetMs, kDayMs);
}

// All boundaries in [fromMs, toMs], ascending. The zone's offset is constant between transitions, so within
// each such segment the aligned instants are those with (utc + offset) % step == 0. Offset changes are
// boundaries too for sub-daily steps (the wall clock jumps, so the bucket changes); for daily steps only when
// the local date changes across them without passing midnight (a zone that skips or repeats midnight).
std::vector<Boundary> boundaries(qint64 stepMs, bool daily, qint64 fromMs, qint64 toMs, const QTimeZone &zone)
{
    struct Segment
    {
        qint64 startMs;
        qint64 offsetMs;
    };
    std::vector<Segment> segments;
    segments.push_back({fromMs, qint64(zone.offsetFromUtc(utcFromMs(fromMs))) * 1000});
    if (zone.hasTransitions()) {
        const QTimeZone::OffsetDataList transitions = zone.transitions(utcFromMs(fromMs), utcFromMs(toMs));
        for (const QTimeZone::OffsetData &transition : transitions) {
            const qint64 atMs = transition.atUtc.toMSecsSinceEpoch();
            const qint64 offsetMs = qint64(transition.offsetFromUtc) * 1000;
            if (atMs <= segments.back().startMs || atMs > toMs || offsetMs == segments.back().offsetMs)
                continue;
            segments.push_back({atMs, offsetMs});
        }
    }

    std::vector<Boundary> result;
    for (std::size_t i = 0; i < segments.size(); ++i) {
        const Segment &segment = segments[i];
        const qint64 endMs = i + 1 < segments.size() ? segments[i + 1].startMs : toMs + 1;
        if (i > 0) {
            const Segment &previous = segments[i - 1];
            const bool dateChanges = localDay(segment.startMs - 1, previous.offsetMs) !=
                                     localDay(segment.startMs, segment.offsetMs);
            if (!daily || dateChanges)
                result.push_back({segment.startMs, segment.offsetMs});
        }
        qint64 t = segment.startMs + floorMod(-(segment.startMs + segment.offsetMs), stepMs);
        if (!result.empty() && result.back().utcMs == t)
            t += stepMs;
        for (; t < endMs; t += stepMs)
            result.push_back({t, segment.offsetMs});
    }
    return result;
}

qint64 stepFor(ChartRange range)
{
    switch (range) {
    case ChartRange::LastHour:
        return kMinuteMs;
    case ChartRange::Last24Hours:
        return 15 * kMinuteMs;
    case ChartRange::Last7Days:
        return kHourMs;
    case ChartRange::Last30Days:
        break;
    }
    return kDayMs;
}

qint64 spanFor(ChartRange range)
{
    switch (range) {
    case ChartRange::LastHour:
        return kHourMs;
    case ChartRange::Last24Hours:
        return kDayMs;
    case ChartRange::Last7Days:
        return 7 * kDayMs;
    case ChartRange::Last30Days:
        break;
    }
    return 30 * kDayMs;
}

constexpr qint64 kDailyBuckets = 30;

} // namespace

QList<Bucket> bucketsFor(ChartRange range, const QDateTime &now, const QTimeZone &zone)
{
    if (!now.isValid())
        return {};
    const QTimeZone tz = zone.isValid() ? zone : QTimeZone::utc();
    const qint64 nowMs = now.toMSecsSinceEpoch();
    const qint64 stepMs = stepFor(range);
    const bool daily = range == ChartRange::Last30Days;

    std::vector<Boundary> all;
    std::size_t first = 0;
    if (daily) {
        const qint64 today = localDay(nowMs, qint64(tz.offsetFromUtc(now)) * 1000);
        const qint64 firstDay = today - (kDailyBuckets - 1);
        // UTC offsets stay within +-26 h, so two days of margin on either side suffice.
        all = boundaries(stepMs, true, (firstDay - 2) * kDayMs, nowMs + 2 * kDayMs, tz);
        while (first < all.size() && localDay(all[first].utcMs, all[first].offsetMs) < firstDay)
            ++first;
    } else {
        const qint64 fromMs = nowMs - spanFor(range);
        // The bucket holding `now` ends at most one step later (an aligned instant or an offset change).
        all = boundaries(stepMs, false, fromMs, nowMs + stepMs, tz);
        while (first < all.size() && all[first].utcMs <= fromMs)
            ++first;
    }

    QList<Bucket> result;
    for (std::size_t i = first; i + 1 < all.size() && all[i].utcMs <= nowMs; ++i)
        result.append({utcFromMs(all[i].utcMs), utcFromMs(all[i + 1].utcMs)});
    return result;
}

int bucketIndex(const QList<Bucket> &buckets, const QDateTime &t)
{
    if (!t.isValid() || buckets.isEmpty())
        return -1;
    const qint64 ms = t.toMSecsSinceEpoch();
    const auto after =
        std::upper_bound(buckets.cbegin(), buckets.cend(), ms,
                         [](qint64 value, const Bucket &b) { return value < b.start.toMSecsSinceEpoch(); });
    if (after == buckets.cbegin())
        return -1;
    const auto index = int(std::distance(buckets.cbegin(), after)) - 1;
    return ms < buckets.at(index).end.toMSecsSinceEpoch() ? index : -1;
}

QString bucketLabel(const Bucket &bucket, ChartRange range, const QTimeZone &zone, const QLocale &locale)
{
    const QDateTime local = bucket.start.toTimeZone(zone.isValid() ? zone : QTimeZone::utc());
    switch (range) {
    case ChartRange::LastHour:
    case ChartRange::Last24Hours:
        return formatTime(local.time(), locale);
    case ChartRange::Last7Days:
        return locale.toString(local.date(), u"ddd") + QLatin1Char(' ') + formatTime(local.time(), locale);
    case ChartRange::Last30Days:
        break;
    }
    return locale.toString(local.date(), u"d MMM");
}

QList<BucketTotals> countInto(const QList<Bucket> &buckets,
                              const QList<QPair<QDateTime, CallStatus>> &transitions)
{
    QList<BucketTotals> totals(buckets.size());
    std::vector<qint64> starts;
    std::vector<qint64> ends;
    starts.reserve(std::size_t(buckets.size()));
    ends.reserve(std::size_t(buckets.size()));
    for (const Bucket &bucket : buckets) {
        starts.push_back(bucket.start.toMSecsSinceEpoch());
        ends.push_back(bucket.end.toMSecsSinceEpoch());
    }

    for (const QPair<QDateTime, CallStatus> &transition : transitions) {
        const CallStatus status = transition.second;
        if (!isTerminal(status) && status != CallStatus::Ongoing)
            continue;
        if (!transition.first.isValid())
            continue;
        const qint64 ms = transition.first.toMSecsSinceEpoch();
        const auto after = std::upper_bound(starts.cbegin(), starts.cend(), ms);
        if (after == starts.cbegin())
            continue;
        const auto index = std::size_t(std::distance(starts.cbegin(), after)) - 1;
        if (ms >= ends[index])
            continue;
        BucketTotals &bucketTotals = totals[qsizetype(index)];
        switch (status) {
        case CallStatus::Completed:
            ++bucketTotals.completed;
            break;
        case CallStatus::Missed:
            ++bucketTotals.missed;
            break;
        case CallStatus::Failed:
            ++bucketTotals.failed;
            break;
        case CallStatus::Ongoing:
            ++bucketTotals.active;
            break;
        case CallStatus::Unknown:
        case CallStatus::Scheduled:
            break;
        }
    }
    return totals;
}

QString chartRangeName(ChartRange range)
{
    switch (range) {
    case ChartRange::LastHour:
        return QStringLiteral("hour");
    case ChartRange::Last24Hours:
        return QStringLiteral("day");
    case ChartRange::Last7Days:
        return QStringLiteral("week");
    case ChartRange::Last30Days:
        return QStringLiteral("month");
    }
    return QStringLiteral("day");
}

ChartRange chartRangeFromName(QStringView name)
{
    for (const ChartRange range :
         {ChartRange::LastHour, ChartRange::Last24Hours, ChartRange::Last7Days, ChartRange::Last30Days}) {
        if (name.compare(chartRangeName(range), Qt::CaseInsensitive) == 0)
            return range;
    }
    return ChartRange::Last24Hours;
}

} // namespace cw
