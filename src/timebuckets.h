#pragma once

#include "callstatus.h"

#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QPair>
#include <QString>
#include <QStringView>
#include <QTimeZone>

namespace cw {

// The time ranges the charts offer, each with its bucket size:
//   LastHour    -> 60 one-minute buckets
//   Last24Hours -> 96 quarter-hour buckets
//   Last7Days   -> hourly buckets (168 on an ordinary week)
//   Last30Days  -> 30 daily buckets, local midnight to local midnight
enum class ChartRange
{
    LastHour,
    Last24Hours,
    Last7Days,
    Last30Days,
};

// "hour", "day", "week", "month": how a range is named in settings and on the command line.
QString chartRangeName(ChartRange range);
// The range for a name (case-insensitive); Last24Hours for anything else.
ChartRange chartRangeFromName(QStringView name);

// One chart bucket. Both ends are UTC; the bucket is half-open: [start, end).
struct Bucket
{
    QDateTime start;
    QDateTime end;
};

// Buckets aligned to `zone`'s wall clock, oldest first, contiguous (each end == next start), never empty.
//
// Sub-daily ranges: bucket boundaries are the instants at which the wall clock shows a whole minute,
// quarter hour or hour, plus every instant at which the zone's UTC offset changes. So a repeated hour
// (fall back) gives two distinct buckets, a skipped hour (spring forward) gives none, and a 30-minute shift
// (Australia/Lord_Howe) gives one 30-minute bucket. The list holds every bucket that starts within
// (now - 1 h / 24 h / 7 x 24 h, now], so it covers that much elapsed time and ends with the bucket that
// contains `now`.
//
// Last30Days: one bucket per local date, today and the 29 dates before it; each runs from the first
// instant of its date to the first instant of the next (23 h or 25 h on DST change days).
//
// An invalid `now` gives an empty list; an invalid `zone` is treated as UTC.
QList<Bucket> bucketsFor(ChartRange range, const QDateTime &now, const QTimeZone &zone);

// Index of the bucket with start <= t < end, or -1 (also for an invalid t). `buckets` must be sorted and
// non-overlapping, as bucketsFor returns them. O(log n).
int bucketIndex(const QList<Bucket> &buckets, const QDateTime &t);

// Axis label of a bucket, from its start in `zone`: "14:05" (LastHour, Last24Hours), "Mon 14:00"
// (Last7Days), "27 Nov" (Last30Days). Day and month names come from `locale`.
QString bucketLabel(const Bucket &bucket, ChartRange range, const QTimeZone &zone, const QLocale &locale);

// Per-bucket counts of status transitions. completed / missed / failed count transitions into those
// terminal statuses; active counts transitions into Ongoing (a call going live). Scheduled and Unknown
// are not counted.
struct BucketTotals
{
    qint64 completed = 0;
    qint64 missed = 0;
    qint64 failed = 0;
    qint64 active = 0;
};

// One BucketTotals per bucket (same order). Transitions outside every bucket, or with an invalid time, are
// ignored. The transitions need not be sorted. O(m log n) for m transitions and n buckets.
QList<BucketTotals> countInto(const QList<Bucket> &buckets,
                              const QList<QPair<QDateTime, CallStatus>> &transitions);

} // namespace cw
