#include "testsupport.h"

#include "callstatus.h"
#include "timebuckets.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTimeZone>
#include <QtTest>

Q_DECLARE_METATYPE(cw::ChartRange)

using namespace cw;

namespace {

constexpr qint64 kMinuteMs = 60 * 1000;
constexpr qint64 kHourMs = 60 * kMinuteMs;
constexpr qint64 kDayMs = 24 * kHourMs;

QDateTime utc(int y, int mo, int d, int h, int mi, int s = 0, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), QTimeZone::utc());
}

qint64 lengthMs(const Bucket &bucket)
{
    return bucket.start.msecsTo(bucket.end);
}

qint64 stepMs(ChartRange range)
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

qint64 spanMs(ChartRange range)
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

// Every bucket non-empty, in UTC, and each end the next start.
bool contiguous(const QList<Bucket> &buckets)
{
    for (qsizetype i = 0; i < buckets.size(); ++i) {
        const Bucket &b = buckets.at(i);
        if (!b.start.isValid() || !b.end.isValid() || b.start >= b.end)
            return false;
        if (b.start.offsetFromUtc() != 0 || b.end.offsetFromUtc() != 0)
            return false;
        if (i + 1 < buckets.size() && b.end != buckets.at(i + 1).start)
            return false;
    }
    return true;
}

const QList<QByteArray> kZones = {
    QByteArrayLiteral("UTC"),
    QByteArrayLiteral("Europe/Berlin"),
    QByteArrayLiteral("America/New_York"),
    QByteArrayLiteral("Asia/Kolkata"),
    QByteArrayLiteral("Australia/Lord_Howe"),
};

const QList<QPair<ChartRange, QByteArray>> kRanges = {
    {ChartRange::LastHour, QByteArrayLiteral("hour")},
    {ChartRange::Last24Hours, QByteArrayLiteral("24h")},
    {ChartRange::Last7Days, QByteArrayLiteral("7d")},
    {ChartRange::Last30Days, QByteArrayLiteral("30d")},
};

} // namespace

class TestTimeBuckets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void countsAndAlignment_data();
    void countsAndAlignment();
    void knownBucket_data();
    void knownBucket();
    void dstDays_data();
    void dstDays();
    void bucketIndexBoundaries_data();
    void bucketIndexBoundaries();
    void labels_data();
    void labels();
    void countIntoMatchesNaive_data();
    void countIntoMatchesNaive();
    void countIntoStatuses();
    void countIntoMillion();
    void edgeCases();
    void rangeNames_data();
    void rangeNames();
};

void TestTimeBuckets::initTestCase()
{
    for (const QByteArray &id : kZones)
        QVERIFY2(QTimeZone(id).isValid(), id.constData());
}

void TestTimeBuckets::countsAndAlignment_data()
{
    QTest::addColumn<ChartRange>("range");
    QTest::addColumn<QByteArray>("zoneId");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<int>("expectedCount");

    const QList<QPair<QDateTime, QByteArray>> nows = {
        {utc(2025, 11, 27, 14, 5, 37, 250), QByteArrayLiteral("nov")},
        {utc(2025, 7, 15, 23, 59, 59, 999), QByteArrayLiteral("jul")},
        {utc(2025, 8, 1, 0, 0, 0, 0), QByteArrayLiteral("onboundary")},
    };
    const QList<int> counts = {60, 96, 168, 30};
    for (qsizetype r = 0; r < kRanges.size(); ++r) {
        for (const QByteArray &zone : kZones) {
            for (const auto &now : nows) {
                QTest::addRow("%s %s %s", kRanges.at(r).second.constData(), zone.constData(),
                              now.second.constData())
                    << kRanges.at(r).first << zone << now.first << counts.at(r);
            }
        }
    }
}

void TestTimeBuckets::countsAndAlignment()
{
    QFETCH(ChartRange, range);
    QFETCH(QByteArray, zoneId);
    QFETCH(QDateTime, now);
    QFETCH(int, expectedCount);
    const QTimeZone zone(zoneId);

    const QList<Bucket> buckets = bucketsFor(range, now, zone);
    QCOMPARE(buckets.size(), expectedCount);
    QVERIFY(contiguous(buckets));
    QVERIFY(buckets.last().start <= now);
    QVERIFY(now < buckets.last().end);

    const bool daily = range == ChartRange::Last30Days;
    const int stepMinutes = int(stepMs(range) / kMinuteMs);
    for (const Bucket &b : buckets) {
        const QDateTime local = b.start.toTimeZone(zone);
        QCOMPARE(local.time().second(), 0);
        QCOMPARE(local.time().msec(), 0);
        if (daily) {
            QCOMPARE(local.time(), QTime(0, 0));
            QCOMPARE(b.end.toTimeZone(zone).time(), QTime(0, 0));
            QCOMPARE(b.end.toTimeZone(zone).date(), local.date().addDays(1));
        } else {
            QCOMPARE(local.time().minute() % stepMinutes, 0);
            // No DST change near these dates: every sub-daily bucket is exactly one step long.
            QCOMPARE(lengthMs(b), stepMs(range));
        }
    }
    if (daily) {
        const QDate today = now.toTimeZone(zone).date();
        QCOMPARE(buckets.last().start.toTimeZone(zone).date(), today);
        QCOMPARE(buckets.first().start.toTimeZone(zone).date(), today.addDays(-29));
    } else {
        // Covers exactly the elapsed span: first start within (now - span, now - span + step].
        const QDateTime spanStart = now.addMSecs(-spanMs(range));
        QVERIFY(buckets.first().start > spanStart);
        QVERIFY(buckets.first().start.addMSecs(-stepMs(range)) <= spanStart);
    }
}

void TestTimeBuckets::knownBucket_data()
{
    QTest::addColumn<ChartRange>("range");
    QTest::addColumn<QByteArray>("zoneId");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QDateTime>("start");
    QTest::addColumn<QDateTime>("end");

    const QDateTime now = utc(2025, 11, 27, 14, 5, 37, 250);
    QTest::newRow("utc minute") << ChartRange::LastHour << QByteArrayLiteral("UTC") << now
                                << utc(2025, 11, 27, 14, 5) << utc(2025, 11, 27, 14, 6);
    QTest::newRow("utc quarter") << ChartRange::Last24Hours << QByteArrayLiteral("UTC") << now
                                 << utc(2025, 11, 27, 14, 0) << utc(2025, 11, 27, 14, 15);
    // Kolkata is +05:30: local 19:35:37.
    QTest::newRow("kolkata minute") << ChartRange::LastHour << QByteArrayLiteral("Asia/Kolkata") << now
                                    << utc(2025, 11, 27, 14, 5) << utc(2025, 11, 27, 14, 6);
    QTest::newRow("kolkata quarter") << ChartRange::Last24Hours << QByteArrayLiteral("Asia/Kolkata") << now
                                     << utc(2025, 11, 27, 14, 0) << utc(2025, 11, 27, 14, 15);
    QTest::newRow("kolkata hour") << ChartRange::Last7Days << QByteArrayLiteral("Asia/Kolkata") << now
                                  << utc(2025, 11, 27, 13, 30) << utc(2025, 11, 27, 14, 30);
    QTest::newRow("kolkata day") << ChartRange::Last30Days << QByteArrayLiteral("Asia/Kolkata") << now
                                 << utc(2025, 11, 26, 18, 30) << utc(2025, 11, 27, 18, 30);
    // Lord Howe is +11 in November: local 2025-11-28 01:05:37.
    QTest::newRow("lord howe hour") << ChartRange::Last7Days << QByteArrayLiteral("Australia/Lord_Howe")
                                    << now << utc(2025, 11, 27, 14, 0) << utc(2025, 11, 27, 15, 0);
    QTest::newRow("lord howe day") << ChartRange::Last30Days << QByteArrayLiteral("Australia/Lord_Howe")
                                   << now << utc(2025, 11, 27, 13, 0) << utc(2025, 11, 28, 13, 0);
    // Lord Howe is +10:30 in July: local 2025-07-16 10:29:59.999.
    QTest::newRow("lord howe hour winter")
        << ChartRange::Last7Days << QByteArrayLiteral("Australia/Lord_Howe")
        << utc(2025, 7, 15, 23, 59, 59, 999) << utc(2025, 7, 15, 23, 30) << utc(2025, 7, 16, 0, 30);
    QTest::newRow("new york day") << ChartRange::Last30Days << QByteArrayLiteral("America/New_York") << now
                                  << utc(2025, 11, 27, 5, 0) << utc(2025, 11, 28, 5, 0);
    QTest::newRow("berlin day") << ChartRange::Last30Days << QByteArrayLiteral("Europe/Berlin") << now
                                << utc(2025, 11, 26, 23, 0) << utc(2025, 11, 27, 23, 0);
    QTest::newRow("berlin spring day")
        << ChartRange::Last30Days << QByteArrayLiteral("Europe/Berlin") << utc(2025, 3, 30, 12, 0)
        << utc(2025, 3, 29, 23, 0) << utc(2025, 3, 30, 22, 0);
    QTest::newRow("now on boundary") << ChartRange::Last7Days << QByteArrayLiteral("Europe/Berlin")
                                     << utc(2025, 11, 27, 14, 0) << utc(2025, 11, 27, 14, 0)
                                     << utc(2025, 11, 27, 15, 0);
}

void TestTimeBuckets::knownBucket()
{
    QFETCH(ChartRange, range);
    QFETCH(QByteArray, zoneId);
    QFETCH(QDateTime, now);
    QFETCH(QDateTime, start);
    QFETCH(QDateTime, end);

    const QList<Bucket> buckets = bucketsFor(range, now, QTimeZone(zoneId));
    QVERIFY(!buckets.isEmpty());
    QCOMPARE(buckets.last().start, start);
    QCOMPARE(buckets.last().end, end);
    // The same instant expressed in another zone gives the same buckets.
    const QList<Bucket> again = bucketsFor(range, now.toTimeZone(QTimeZone(zoneId)), QTimeZone(zoneId));
    QCOMPARE(again.size(), buckets.size());
    QCOMPARE(again.last().start, start);
}

void TestTimeBuckets::dstDays_data()
{
    QTest::addColumn<QByteArray>("zoneId");
    QTest::addColumn<QDate>("day");
    QTest::addColumn<int>("dayMinutes");
    QTest::addColumn<int>("hourlyBuckets");
    QTest::addColumn<int>("specialHour");      // a local hour of interest on that day ...
    QTest::addColumn<int>("specialHourCount"); // ... and how many hourly buckets start in it
    QTest::addColumn<int>("weekBuckets");      // Last7Days bucket count ending with that day

    QTest::newRow("berlin spring forward")
        << QByteArrayLiteral("Europe/Berlin") << QDate(2025, 3, 30) << 23 * 60 << 23 << 2 << 0 << 168;
    QTest::newRow("berlin fall back")
        << QByteArrayLiteral("Europe/Berlin") << QDate(2025, 10, 26) << 25 * 60 << 25 << 2 << 2 << 168;
    QTest::newRow("new york spring forward")
        << QByteArrayLiteral("America/New_York") << QDate(2025, 3, 9) << 23 * 60 << 23 << 2 << 0 << 168;
    QTest::newRow("new york fall back")
        << QByteArrayLiteral("America/New_York") << QDate(2025, 11, 2) << 25 * 60 << 25 << 1 << 2 << 168;
    // Lord Howe shifts by 30 minutes at 02:00: the shift leaves one 30-minute bucket (02:30 or the
    // second 01:30); the week still holds 168 buckets, its first one starting 30 minutes after the span.
    QTest::newRow("lord howe spring forward") << QByteArrayLiteral("Australia/Lord_Howe")
                                              << QDate(2025, 10, 5) << 23 * 60 + 30 << 24 << 2 << 1 << 168;
    QTest::newRow("lord howe fall back") << QByteArrayLiteral("Australia/Lord_Howe") << QDate(2025, 4, 6)
                                         << 24 * 60 + 30 << 25 << 1 << 2 << 168;
    QTest::newRow("utc same day") << QByteArrayLiteral("UTC") << QDate(2025, 3, 30) << 24 * 60 << 24 << 2 << 1
                                  << 168;
    QTest::newRow("kolkata same day")
        << QByteArrayLiteral("Asia/Kolkata") << QDate(2025, 10, 26) << 24 * 60 << 24 << 2 << 1 << 168;
}

void TestTimeBuckets::dstDays()
{
    QFETCH(QByteArray, zoneId);
    QFETCH(QDate, day);
    QFETCH(int, dayMinutes);
    QFETCH(int, hourlyBuckets);
    QFETCH(int, specialHour);
    QFETCH(int, specialHourCount);
    QFETCH(int, weekBuckets);
    const QTimeZone zone(zoneId);

    // Midnight exists and is unambiguous on all these days.
    const QDateTime dayStart = QDateTime(day, QTime(0, 0), zone).toTimeZone(QTimeZone::utc());
    const QDateTime dayEnd = QDateTime(day.addDays(1), QTime(0, 0), zone).toTimeZone(QTimeZone::utc());
    QCOMPARE(dayStart.msecsTo(dayEnd), qint64(dayMinutes) * kMinuteMs);
    const QDateTime lastMoment = dayEnd.addMSecs(-1);

    // Daily: the day's bucket runs local midnight to local midnight.
    const QList<Bucket> days = bucketsFor(ChartRange::Last30Days, lastMoment, zone);
    QCOMPARE(days.size(), 30);
    QVERIFY(contiguous(days));
    QCOMPARE(days.last().start, dayStart);
    QCOMPARE(days.last().end, dayEnd);
    QCOMPARE(lengthMs(days.last()), qint64(dayMinutes) * kMinuteMs);

    // Daily, with the change day in the middle of the range: only that bucket is not 24 h long.
    const QList<Bucket> later = bucketsFor(ChartRange::Last30Days, dayStart.addDays(10), zone);
    QCOMPARE(later.size(), 30);
    QVERIFY(contiguous(later));
    const int changeIndex = bucketIndex(later, dayStart.addSecs(3600));
    QVERIFY(changeIndex >= 0);
    QCOMPARE(later.at(changeIndex).start, dayStart);
    QCOMPARE(lengthMs(later.at(changeIndex)), qint64(dayMinutes) * kMinuteMs);
    for (qsizetype i = 0; i < later.size(); ++i) {
        if (i != changeIndex)
            QCOMPARE(lengthMs(later.at(i)), kDayMs);
    }

    // Hourly: as many buckets in the day as the wall clock really has.
    const QList<Bucket> hours = bucketsFor(ChartRange::Last7Days, lastMoment, zone);
    QCOMPARE(hours.size(), weekBuckets);
    QVERIFY(contiguous(hours));
    QCOMPARE(hours.last().end, dayEnd);
    int inDay = 0;
    int inSpecialHour = 0;
    qint64 coveredMs = 0;
    QSet<QDateTime> starts;
    for (const Bucket &b : hours) {
        if (b.start < dayStart)
            continue;
        ++inDay;
        coveredMs += lengthMs(b);
        starts.insert(b.start);
        const QDateTime local = b.start.toTimeZone(zone);
        QCOMPARE(local.date(), day);
        QVERIFY(lengthMs(b) <= kHourMs);
        if (local.time().hour() == specialHour)
            ++inSpecialHour;
    }
    QCOMPARE(inDay, hourlyBuckets);
    QCOMPARE(starts.size(), hourlyBuckets); // a repeated hour gives two distinct buckets
    QCOMPARE(inSpecialHour, specialHourCount);
    QCOMPARE(coveredMs, qint64(dayMinutes) * kMinuteMs);

    // Quarter hours and minutes: the shifts are quarter-hour aligned, so every bucket keeps its length.
    const QList<Bucket> quarters = bucketsFor(ChartRange::Last24Hours, lastMoment, zone);
    QCOMPARE(quarters.size(), 96);
    QVERIFY(contiguous(quarters));
    for (const Bucket &b : quarters)
        QCOMPARE(lengthMs(b), 15 * kMinuteMs);

    // Minutes across the change instant itself.
    const QDateTime next = zone.hasTransitions() ? zone.nextTransition(dayStart).atUtc : QDateTime();
    const QDateTime change = next.isValid() && next < dayEnd ? next : dayStart;
    const QList<Bucket> minutes = bucketsFor(ChartRange::LastHour, change.addSecs(30 * 60), zone);
    QCOMPARE(minutes.size(), 60);
    QVERIFY(contiguous(minutes));
    for (const Bucket &b : minutes) {
        QCOMPARE(lengthMs(b), kMinuteMs);
        QCOMPARE(b.start.toTimeZone(zone).time().second(), 0);
    }
}

void TestTimeBuckets::bucketIndexBoundaries_data()
{
    QTest::addColumn<ChartRange>("range");
    QTest::addColumn<QByteArray>("zoneId");
    QTest::addColumn<QDateTime>("now");

    for (const auto &range : kRanges) {
        QTest::addRow("%s utc", range.second.constData())
            << range.first << QByteArrayLiteral("UTC") << utc(2025, 11, 27, 14, 5, 37);
        QTest::addRow("%s kolkata", range.second.constData())
            << range.first << QByteArrayLiteral("Asia/Kolkata") << utc(2025, 11, 27, 14, 5, 37);
        QTest::addRow("%s berlin fall back", range.second.constData())
            << range.first << QByteArrayLiteral("Europe/Berlin") << utc(2025, 10, 26, 1, 30);
        QTest::addRow("%s lord howe fall back", range.second.constData())
            << range.first << QByteArrayLiteral("Australia/Lord_Howe") << utc(2025, 4, 5, 16, 0);
    }
}

void TestTimeBuckets::bucketIndexBoundaries()
{
    QFETCH(ChartRange, range);
    QFETCH(QByteArray, zoneId);
    QFETCH(QDateTime, now);
    const QTimeZone zone(zoneId);

    const QList<Bucket> buckets = bucketsFor(range, now, zone);
    QVERIFY(!buckets.isEmpty());
    QVERIFY(contiguous(buckets));
    const int n = int(buckets.size());
    for (int i = 0; i < n; ++i) {
        const Bucket &b = buckets.at(i);
        QCOMPARE(bucketIndex(buckets, b.start), i);                    // start inclusive
        QCOMPARE(bucketIndex(buckets, b.start.toTimeZone(zone)), i);   // any zone, same instant
        QCOMPARE(bucketIndex(buckets, b.end.addMSecs(-1)), i);         // last millisecond
        QCOMPARE(bucketIndex(buckets, b.end), i + 1 < n ? i + 1 : -1); // end exclusive
    }
    QCOMPARE(bucketIndex(buckets, buckets.first().start.addMSecs(-1)), -1);
    QCOMPARE(bucketIndex(buckets, buckets.last().end.addDays(1)), -1);
    QCOMPARE(bucketIndex(buckets, now), n - 1);
    QCOMPARE(bucketIndex(buckets, QDateTime()), -1);
    QCOMPARE(bucketIndex({}, now), -1);

    // A list with a gap: instants in the gap are outside every bucket.
    QList<Bucket> gapped = buckets;
    if (n >= 3) {
        gapped.removeAt(1);
        QCOMPARE(bucketIndex(gapped, buckets.at(1).start), -1);
        QCOMPARE(bucketIndex(gapped, buckets.at(2).start), 1);
    }
}

void TestTimeBuckets::labels_data()
{
    QTest::addColumn<ChartRange>("range");
    QTest::addColumn<QByteArray>("zoneId");
    QTest::addColumn<QDateTime>("start");
    QTest::addColumn<QString>("expected");

    QTest::newRow("minute utc") << ChartRange::LastHour << QByteArrayLiteral("UTC")
                                << utc(2025, 11, 27, 14, 5) << QStringLiteral("14:05");
    QTest::newRow("minute new york") << ChartRange::LastHour << QByteArrayLiteral("America/New_York")
                                     << utc(2025, 11, 27, 14, 5) << QStringLiteral("09:05");
    QTest::newRow("quarter kolkata") << ChartRange::Last24Hours << QByteArrayLiteral("Asia/Kolkata")
                                     << utc(2025, 11, 27, 14, 0) << QStringLiteral("19:30");
    QTest::newRow("hour berlin") << ChartRange::Last7Days << QByteArrayLiteral("Europe/Berlin")
                                 << utc(2025, 11, 24, 13, 0) << QStringLiteral("Mon 14:00");
    QTest::newRow("hour berlin repeated first") << ChartRange::Last7Days << QByteArrayLiteral("Europe/Berlin")
                                                << utc(2025, 10, 26, 0, 0) << QStringLiteral("Sun 02:00");
    QTest::newRow("hour berlin repeated second")
        << ChartRange::Last7Days << QByteArrayLiteral("Europe/Berlin") << utc(2025, 10, 26, 1, 0)
        << QStringLiteral("Sun 02:00");
    QTest::newRow("hour lord howe fragment")
        << ChartRange::Last7Days << QByteArrayLiteral("Australia/Lord_Howe") << utc(2025, 10, 4, 15, 30)
        << QStringLiteral("Sun 02:30");
    QTest::newRow("day new york") << ChartRange::Last30Days << QByteArrayLiteral("America/New_York")
                                  << utc(2025, 11, 27, 5, 0) << QStringLiteral("27 Nov");
    QTest::newRow("day kolkata") << ChartRange::Last30Days << QByteArrayLiteral("Asia/Kolkata")
                                 << utc(2025, 11, 26, 18, 30) << QStringLiteral("27 Nov");
}

void TestTimeBuckets::labels()
{
    QFETCH(ChartRange, range);
    QFETCH(QByteArray, zoneId);
    QFETCH(QDateTime, start);
    QFETCH(QString, expected);

    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    const Bucket bucket{start, start.addSecs(60)};
    QCOMPARE(bucketLabel(bucket, range, QTimeZone(zoneId), english), expected);
}

void TestTimeBuckets::countIntoMatchesNaive_data()
{
    QTest::addColumn<ChartRange>("range");
    QTest::addColumn<QByteArray>("zoneId");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<quint32>("seed");

    quint32 seed = 20251127;
    for (const auto &range : kRanges) {
        for (const QByteArray &zone : kZones) {
            QTest::addRow("%s %s", range.second.constData(), zone.constData())
                << range.first << zone << utc(2025, 11, 2, 9, 17, 3) << seed++;
        }
    }
    QTest::newRow("7d berlin fall back") << ChartRange::Last7Days << QByteArrayLiteral("Europe/Berlin")
                                         << utc(2025, 10, 26, 12, 0) << quint32(7);
    QTest::newRow("30d lord howe spring")
        << ChartRange::Last30Days << QByteArrayLiteral("Australia/Lord_Howe") << utc(2025, 10, 20, 0, 0)
        << quint32(8);
}

void TestTimeBuckets::countIntoMatchesNaive()
{
    QFETCH(ChartRange, range);
    QFETCH(QByteArray, zoneId);
    QFETCH(QDateTime, now);
    QFETCH(quint32, seed);
    const QTimeZone zone(zoneId);

    const QList<Bucket> buckets = bucketsFor(range, now, zone);
    QVERIFY(!buckets.isEmpty());

    // Transitions spread over the range plus a margin on both sides, some exactly on boundaries.
    QRandomGenerator rng(seed);
    const qint64 from = buckets.first().start.toMSecsSinceEpoch() - stepMs(range) * 3;
    const qint64 to = buckets.last().end.toMSecsSinceEpoch() + stepMs(range) * 3;
    QList<QPair<QDateTime, CallStatus>> transitions;
    const int count = 20000;
    transitions.reserve(count);
    for (int i = 0; i < count; ++i) {
        const auto status = static_cast<CallStatus>(rng.bounded(6));
        QDateTime at;
        const quint32 kind = rng.bounded(100);
        if (kind < 2) {
            at = QDateTime(); // invalid: ignored
        } else if (kind < 12) {
            const Bucket &b = buckets.at(qsizetype(rng.bounded(quint32(buckets.size()))));
            at = rng.bounded(2) != 0 ? b.start : b.end;
        } else {
            at = QDateTime::fromMSecsSinceEpoch(from + qint64(rng.bounded(double(to - from))),
                                                QTimeZone::utc());
        }
        if (at.isValid() && rng.bounded(2) != 0)
            at = at.toTimeZone(zone);
        transitions.append({at, status});
    }

    const QList<BucketTotals> totals = countInto(buckets, transitions);
    QCOMPARE(totals.size(), buckets.size());

    QList<BucketTotals> naive(buckets.size());
    for (const auto &transition : transitions) {
        if (!transition.first.isValid())
            continue;
        for (qsizetype i = 0; i < buckets.size(); ++i) {
            if (buckets.at(i).start <= transition.first && transition.first < buckets.at(i).end) {
                switch (transition.second) {
                case CallStatus::Completed:
                    ++naive[i].completed;
                    break;
                case CallStatus::Missed:
                    ++naive[i].missed;
                    break;
                case CallStatus::Failed:
                    ++naive[i].failed;
                    break;
                case CallStatus::Ongoing:
                    ++naive[i].active;
                    break;
                case CallStatus::Unknown:
                case CallStatus::Scheduled:
                    break;
                }
                break;
            }
        }
    }
    qint64 sum = 0;
    for (qsizetype i = 0; i < buckets.size(); ++i) {
        QCOMPARE(totals.at(i).completed, naive.at(i).completed);
        QCOMPARE(totals.at(i).missed, naive.at(i).missed);
        QCOMPARE(totals.at(i).failed, naive.at(i).failed);
        QCOMPARE(totals.at(i).active, naive.at(i).active);
        sum += totals.at(i).completed + totals.at(i).missed + totals.at(i).failed;
    }
    QVERIFY(sum > 0);
}

void TestTimeBuckets::countIntoStatuses()
{
    const QList<Bucket> buckets =
        bucketsFor(ChartRange::LastHour, utc(2025, 11, 27, 14, 5, 37), QTimeZone::utc());
    const QDateTime at = utc(2025, 11, 27, 14, 0, 30);
    const QList<QPair<QDateTime, CallStatus>> transitions = {
        {at, CallStatus::Scheduled},
        {at, CallStatus::Unknown},
        {at, CallStatus::Ongoing},
        {at, CallStatus::Completed},
        {at, CallStatus::Completed},
        {at, CallStatus::Missed},
        {at, CallStatus::Failed},
        {utc(2025, 11, 27, 13, 0), CallStatus::Failed}, // before the range
        {utc(2025, 11, 27, 14, 6), CallStatus::Failed}, // after the range
    };
    const QList<BucketTotals> totals = countInto(buckets, transitions);
    const int index = bucketIndex(buckets, at);
    QCOMPARE(index, 54);
    qint64 elsewhere = 0;
    for (qsizetype i = 0; i < totals.size(); ++i) {
        if (i != index)
            elsewhere +=
                totals.at(i).completed + totals.at(i).missed + totals.at(i).failed + totals.at(i).active;
    }
    QCOMPARE(elsewhere, 0);
    QCOMPARE(totals.at(index).completed, 2);
    QCOMPARE(totals.at(index).missed, 1);
    QCOMPARE(totals.at(index).failed, 1);
    QCOMPARE(totals.at(index).active, 1);

    QVERIFY(countInto({}, transitions).isEmpty());
    QCOMPARE(countInto(buckets, {}).size(), buckets.size());
}

void TestTimeBuckets::countIntoMillion()
{
    const QTimeZone zone(QByteArrayLiteral("Europe/Berlin"));
    const QList<Bucket> buckets = bucketsFor(ChartRange::Last30Days, utc(2025, 11, 10, 8, 0), zone);
    const qint64 from = buckets.first().start.toMSecsSinceEpoch() - kDayMs;
    const qint64 to = buckets.last().end.toMSecsSinceEpoch() + kDayMs;
    const qint64 inFrom = buckets.first().start.toMSecsSinceEpoch();
    const qint64 inTo = buckets.last().end.toMSecsSinceEpoch();

    QRandomGenerator rng(42);
    QList<QPair<QDateTime, CallStatus>> transitions;
    const int count = 1000000;
    transitions.reserve(count);
    qint64 expectedTerminal = 0;
    for (int i = 0; i < count; ++i) {
        const qint64 ms = from + qint64(rng.bounded(double(to - from)));
        const auto status = static_cast<CallStatus>(rng.bounded(6));
        if (ms >= inFrom && ms < inTo && isTerminal(status))
            ++expectedTerminal;
        transitions.append({QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()), status});
    }

    QElapsedTimer timer;
    timer.start();
    const QList<BucketTotals> totals = countInto(buckets, transitions);
    const qint64 elapsed = timer.elapsed();
    qint64 terminal = 0;
    for (const BucketTotals &t : totals)
        terminal += t.completed + t.missed + t.failed;
    QCOMPARE(terminal, expectedTerminal);
    // A figure, not a timed assertion.
    qInfo("countInto: 1,000,000 transitions into %lld buckets in %lld ms", qint64(buckets.size()), elapsed);
}

void TestTimeBuckets::edgeCases()
{
    // Invalid now: nothing to chart.
    QVERIFY(bucketsFor(ChartRange::LastHour, QDateTime(), QTimeZone::utc()).isEmpty());

    // Invalid zone: treated as UTC.
    const QDateTime now = utc(2025, 11, 27, 14, 5, 37);
    for (const auto &range : kRanges) {
        const QList<Bucket> fallback = bucketsFor(range.first, now, QTimeZone());
        const QList<Bucket> inUtc = bucketsFor(range.first, now, QTimeZone::utc());
        QCOMPARE(fallback.size(), inUtc.size());
        QCOMPARE(fallback.first().start, inUtc.first().start);
        QCOMPARE(fallback.last().end, inUtc.last().end);
    }

    // QTimeZone::utc() and the IANA "UTC" zone agree.
    const QList<Bucket> a = bucketsFor(ChartRange::Last30Days, now, QTimeZone::utc());
    const QList<Bucket> b = bucketsFor(ChartRange::Last30Days, now, QTimeZone(QByteArrayLiteral("UTC")));
    QCOMPARE(a.size(), b.size());
    QCOMPARE(a.first().start, b.first().start);

    // A fixed-offset zone (no transitions) aligns to its own wall clock.
    const QList<Bucket> fixed = bucketsFor(ChartRange::Last7Days, now, QTimeZone(-(3 * 3600 + 30 * 60)));
    QCOMPARE(fixed.size(), 168);
    QCOMPARE(fixed.last().start, utc(2025, 11, 27, 13, 30));
}

QTEST_GUILESS_MAIN(TestTimeBuckets)
void TestTimeBuckets::rangeNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<ChartRange>("range");
    QTest::addColumn<bool>("canonical");
    QTest::newRow("hour") << QStringLiteral("hour") << ChartRange::LastHour << true;
    QTest::newRow("day") << QStringLiteral("day") << ChartRange::Last24Hours << true;
    QTest::newRow("week") << QStringLiteral("week") << ChartRange::Last7Days << true;
    QTest::newRow("month") << QStringLiteral("month") << ChartRange::Last30Days << true;
    QTest::newRow("case") << QStringLiteral("WEEK") << ChartRange::Last7Days << false;
    QTest::newRow("unknown") << QStringLiteral("year") << ChartRange::Last24Hours << false;
    QTest::newRow("empty") << QString() << ChartRange::Last24Hours << false;
}

void TestTimeBuckets::rangeNames()
{
    QFETCH(QString, name);
    QFETCH(ChartRange, range);
    QFETCH(bool, canonical);
    QCOMPARE(chartRangeFromName(name), range);
    QCOMPARE(chartRangeName(range) == name, canonical);
    QCOMPARE(chartRangeFromName(chartRangeName(range)), range);
}

#include "tst_timebuckets.moc"
