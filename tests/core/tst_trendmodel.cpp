#include "testsupport.h"

#include "csv.h"
#include "errorcodes.h"
#include "trendmodel.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <ctime>
#include <memory>

using namespace cw;
using Transition = HistoryStore::Transition;

Q_DECLARE_METATYPE(cw::ChartRange)

namespace {

constexpr qint64 kHourMs = 3600 * 1000;

Transition transition(const QString &callId, const QDateTime &at, CallStatus status,
                      const QString &error = {})
{
    Transition t;
    t.callId = callId;
    t.at = at;
    t.source = HistoryStore::SourcePoll;
    t.status = status;
    t.error = error;
    return t;
}

QDateTime utc(int y, int mo, int d, int h, int mi, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), QTimeZone::utc());
}

bool isActiveStatus(CallStatus status)
{
    return status == CallStatus::Scheduled || status == CallStatus::Ongoing;
}

// What the model should show, worked out the slow way from the definition in trendmodel.h.
struct Expected
{
    QList<qint64> completed, missed, failed, active;
    QList<QHash<QString, qint64>> codes;
};

Expected expectedFor(const QList<Bucket> &buckets, const QList<Transition> &all, qint64 lookbackMs)
{
    Expected e;
    const qsizetype n = buckets.size();
    e.completed.fill(0, n);
    e.missed.fill(0, n);
    e.failed.fill(0, n);
    e.active.fill(0, n);
    e.codes.resize(n);
    // The order in time; the same instant: the order given (written).
    QList<Transition> sorted = all;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const Transition &a, const Transition &b) { return a.at < b.at; });
    for (const Transition &t : sorted) {
        const int b = bucketIndex(buckets, t.at);
        if (b < 0)
            continue;
        switch (t.status) {
        case CallStatus::Completed:
            ++e.completed[b];
            break;
        case CallStatus::Missed:
            ++e.missed[b];
            break;
        case CallStatus::Failed: {
            QString code = normalizeErrorCode(t.error);
            if (code.isEmpty())
                code = t.error.trimmed();
            ++e.failed[b];
            ++e.codes[b][code];
            break;
        }
        default:
            break;
        }
    }
    const qint64 sinceMs = buckets.first().start.toMSecsSinceEpoch() - lookbackMs;
    for (qsizetype b = 0; b < n; ++b) {
        const QDateTime end = buckets.at(b).end;
        QHash<QString, const Transition *> last; // each call's last transition before the bucket's end
        for (const Transition &t : sorted) {
            if (t.at >= end)
                break;
            last.insert(t.callId, &t);
        }
        for (const Transition *t : std::as_const(last)) {
            if (t->at.toMSecsSinceEpoch() >= sinceMs && isActiveStatus(t->status))
                ++e.active[b];
        }
    }
    return e;
}

void compareWith(const TrendModel &model, const Expected &e)
{
    QCOMPARE(model.bucketCount(), e.completed.size());
    qint64 completed = 0, missed = 0, failed = 0;
    for (int b = 0; b < model.bucketCount(); ++b) {
        const QByteArray where = QByteArrayLiteral("bucket ") + QByteArray::number(b) + ' ' +
                                 model.buckets().at(b).start.toString(Qt::ISODate).toLatin1();
        QVERIFY2(model.count(b, CallStatus::Completed) == e.completed.at(b), where.constData());
        QVERIFY2(model.count(b, CallStatus::Missed) == e.missed.at(b), where.constData());
        QVERIFY2(model.count(b, CallStatus::Failed) == e.failed.at(b), where.constData());
        if (model.active(b) != e.active.at(b)) {
            qWarning() << "active" << model.active(b) << "expected" << e.active.at(b);
            QFAIL(where.constData());
        }
        for (auto it = e.codes.at(b).cbegin(); it != e.codes.at(b).cend(); ++it)
            QVERIFY2(model.failedWithCode(b, it.key()) == it.value(), where.constData());
        QCOMPARE(model.errorCodeCounts(b).size(), e.codes.at(b).size());
        completed += e.completed.at(b);
        missed += e.missed.at(b);
        failed += e.failed.at(b);
    }
    QCOMPARE(model.total(CallStatus::Completed), completed);
    QCOMPARE(model.total(CallStatus::Missed), missed);
    QCOMPARE(model.total(CallStatus::Failed), failed);
}

// Every number of two models, bucket by bucket.
void compareModels(const TrendModel &actual, const TrendModel &expected)
{
    QCOMPARE(actual.bucketCount(), expected.bucketCount());
    for (int b = 0; b < actual.bucketCount(); ++b) {
        QCOMPARE(actual.buckets().at(b).start, expected.buckets().at(b).start);
        QCOMPARE(actual.buckets().at(b).end, expected.buckets().at(b).end);
        for (const CallStatus status : {CallStatus::Completed, CallStatus::Missed, CallStatus::Failed})
            QCOMPARE(actual.count(b, status), expected.count(b, status));
        QCOMPARE(actual.active(b), expected.active(b));
        QCOMPARE(actual.errorCodeCounts(b), expected.errorCodeCounts(b));
    }
    QCOMPARE(actual.errorCodes(), expected.errorCodes());
    for (const CallStatus status : {CallStatus::Completed, CallStatus::Missed, CallStatus::Failed})
        QCOMPARE(actual.total(status), expected.total(status));
    QCOMPARE(actual.maxStackedTotal(), expected.maxStackedTotal());
}

const QStringList kErrors = {QString(), QStringLiteral("BUSY"), QStringLiteral("The line was busy"),
                             QStringLiteral("no-answer"), QStringLiteral("SIP 503, carrier \"down\"")};

// Calls with realistic lifecycles spread over a range and the day before it: SCHEDULED, ONGOING, then an
// end (some stay scheduled or ongoing, some see an undocumented status, some are redialled). Every time
// is at or before `now`. Returned in the order of each call's own lifecycle, call after call.
QList<Transition> lifecycles(quint32 seed, const QList<Bucket> &buckets, const QDateTime &now, int calls)
{
    QRandomGenerator random(seed);
    const qint64 startMs = buckets.first().start.toMSecsSinceEpoch() - 30 * kHourMs;
    const qint64 nowMs = now.toMSecsSinceEpoch();
    const qint64 stepMs =
        (buckets.last().end.toMSecsSinceEpoch() - buckets.first().start.toMSecsSinceEpoch()) / buckets.size();
    QList<Transition> out;
    const auto at = [](qint64 ms) {
        return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
    };
    for (int c = 0; c < calls; ++c) {
        const QString id = QStringLiteral("call_%1_%2").arg(seed).arg(c);
        // Half start in the day before the range (the look-back and beyond), half in the range.
        const qint64 rangeStartMs = buckets.first().start.toMSecsSinceEpoch();
        qint64 t = c % 2 == 0 ? startMs + qint64(random.bounded(quint64(rangeStartMs - startMs)))
                              : rangeStartMs + qint64(random.bounded(quint64(nowMs - rangeStartMs)));
        int attempts = random.bounded(10) == 0 ? 2 : 1;
        for (int attempt = 1; attempt <= attempts && t <= nowMs; ++attempt) {
            const auto step = [&]() {
                t += 1 + qint64(random.bounded(quint64(3 * stepMs)));
                return t <= nowMs;
            };
            Transition scheduled = transition(id, at(t), CallStatus::Scheduled);
            scheduled.attempt = attempt;
            out.append(scheduled);
            const int fate = random.bounded(20);
            if (fate == 0 || !step())
                break; // stays scheduled
            if (fate == 1) {
                Transition odd = transition(id, at(t), CallStatus::Unknown);
                odd.statusText = QStringLiteral("RINGING");
                out.append(odd);
                if (!step())
                    break;
            }
            out.append(transition(id, at(t), CallStatus::Ongoing));
            out.last().attempt = attempt;
            if (fate == 2 || !step())
                break; // still ongoing
            const int end = random.bounded(3);
            const CallStatus status =
                end == 0 ? CallStatus::Completed : (end == 1 ? CallStatus::Missed : CallStatus::Failed);
            out.append(transition(
                id, at(t), status,
                status == CallStatus::Failed ? kErrors.at(random.bounded(int(kErrors.size()))) : QString()));
            out.last().attempt = attempt;
            if (!step())
                break;
        }
    }
    return out;
}

QList<Transition> inTimeOrder(QList<Transition> list)
{
    std::stable_sort(list.begin(), list.end(),
                     [](const Transition &a, const Transition &b) { return a.at < b.at; });
    return list;
}

// A store in a temporary folder.
struct TempStore
{
    explicit TempStore(const Clock &clock)
        : store(clock)
    {
        opened = dir.isValid() && store.open(dir.path());
    }
    bool write(const QList<Transition> &transitions)
    {
        HistoryStore::WriteBatch batch;
        batch.transitions = transitions;
        return store.write(batch);
    }
    QTemporaryDir dir;
    HistoryStore store;
    bool opened = false;
};

const char *rangeName(ChartRange range)
{
    switch (range) {
    case ChartRange::LastHour:
        return "LastHour";
    case ChartRange::Last24Hours:
        return "Last24Hours";
    case ChartRange::Last7Days:
        return "Last7Days";
    case ChartRange::Last30Days:
        break;
    }
    return "Last30Days";
}

int bucketWithLabel(const TrendModel &model, const QString &label)
{
    for (int b = 0; b < model.bucketCount(); ++b) {
        if (model.label(b) == label)
            return b;
    }
    return -1;
}

} // namespace

class TestTrendModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void bucketsFollowTheRange_data();
    void bucketsFollowTheRange();
    void reloadCountsMatchTransitionsWritten_data();
    void reloadCountsMatchTransitionsWritten();
    void failedByErrorCode();
    void activeLevelAcrossBuckets();
    void liveEqualsReload_data();
    void liveEqualsReload();
    void duplicatesCountOnce();
    void outOfRangeIgnored();
    void lateTransitionKeepsActiveLevel();
    void rollOverKeepsCountsAndAddsEmptyBuckets();
    void rollOverAcrossMidnightAndLongGaps();
    void rollOverForgetsOldCalls();
    void dstDaysAndHours_data();
    void dstDaysAndHours();
    void updatedIsCoalesced();
    void reloadCountOnlyForReloads();
    void csvQuoting();
    void backgroundLoadEqualsSynchronous_data();
    void backgroundLoadEqualsSynchronous();
    void liveDuringBackgroundLoadCountedOnce();
    void reloadDuringBackgroundLoadDropsTheOldOne();
    void backgroundLoadWithoutFileReadsSynchronously();
    void benchmarkMillionTransitions();

private:
    ManualClock m_clock;
};

void TestTrendModel::init()
{
    // A Monday, mid-afternoon, not on a bucket boundary.
    m_clock.set(utc(2026, 5, 4, 14, 37, 21).addMSecs(456));
}

void TestTrendModel::bucketsFollowTheRange_data()
{
    QTest::addColumn<ChartRange>("range");
    QTest::addColumn<int>("count");
    QTest::addColumn<qint64>("lengthMs");
    QTest::newRow("hour") << ChartRange::LastHour << 60 << qint64(60'000);
    QTest::newRow("day") << ChartRange::Last24Hours << 96 << qint64(15 * 60'000);
    QTest::newRow("week") << ChartRange::Last7Days << 168 << kHourMs;
    QTest::newRow("month") << ChartRange::Last30Days << 30 << 24 * kHourMs;
}

void TestTrendModel::bucketsFollowTheRange()
{
    QFETCH(ChartRange, range);
    QFETCH(int, count);
    QFETCH(qint64, lengthMs);
    TrendModel model(m_clock);
    QSignalSpy changed(&model, &TrendModel::bucketsChanged);
    model.setRange(range);
    QCOMPARE(model.range(), range);
    QCOMPARE(changed.count(), range == ChartRange::Last24Hours ? 0 : 1); // the default range: no change
    QCOMPARE(model.bucketCount(), count);
    const QList<Bucket> expected = bucketsFor(range, m_clock.now(), QTimeZone::utc());
    for (int b = 0; b < count; ++b) {
        QCOMPARE(model.buckets().at(b).start, expected.at(b).start);
        QCOMPARE(model.buckets().at(b).end.toMSecsSinceEpoch() -
                     model.buckets().at(b).start.toMSecsSinceEpoch(),
                 lengthMs);
        QCOMPARE(model.count(b, CallStatus::Completed), 0);
        QCOMPARE(model.active(b), 0);
        QCOMPARE(model.connectRate(b), -1.0);
    }
    QVERIFY(model.buckets().last().start <= m_clock.now() && m_clock.now() < model.buckets().last().end);
    // Out-of-range indexes read as nothing.
    QCOMPARE(model.count(-1, CallStatus::Completed), 0);
    QCOMPARE(model.count(count, CallStatus::Completed), 0);
    QCOMPARE(model.active(count), 0);
    QVERIFY(model.label(count).isEmpty());
    QVERIFY(model.errorCodeCounts(-1).isEmpty());
}

void TestTrendModel::reloadCountsMatchTransitionsWritten_data()
{
    QTest::addColumn<ChartRange>("range");
    QTest::addColumn<quint32>("seed");
    QTest::newRow("hour") << ChartRange::LastHour << 11u;
    QTest::newRow("day") << ChartRange::Last24Hours << 12u;
    QTest::newRow("week") << ChartRange::Last7Days << 13u;
    QTest::newRow("month") << ChartRange::Last30Days << 14u;
}

void TestTrendModel::reloadCountsMatchTransitionsWritten()
{
    QFETCH(ChartRange, range);
    QFETCH(quint32, seed);
    TempStore temp(m_clock);
    QVERIFY(temp.opened);
    const QList<Bucket> buckets = bucketsFor(range, m_clock.now(), QTimeZone::utc());
    QList<Transition> data = lifecycles(seed, buckets, m_clock.now(), 400);
    // Also a transition in the future beyond the last bucket and two long before the range.
    data.append(transition(QStringLiteral("future"), buckets.last().end, CallStatus::Completed));
    data.append(transition(QStringLiteral("old"), buckets.first().start.addDays(-3), CallStatus::Scheduled));
    data.append(
        transition(QStringLiteral("old2"), buckets.first().start.addMSecs(-1), CallStatus::Completed));
    // Written in an order unrelated to time: the model must not depend on it.
    QList<Transition> shuffled = data;
    std::shuffle(shuffled.begin(), shuffled.end(), QRandomGenerator(seed));
    QVERIFY(temp.write(shuffled));

    TrendModel model(m_clock);
    model.setRange(range);
    model.setStore(&temp.store);
    const Expected expected = expectedFor(buckets, data, qint64(model.activeLookbackHours()) * kHourMs);
    compareWith(model, expected);
    qint64 ends = 0;
    for (const qint64 n : expected.completed + expected.missed + expected.failed)
        ends += n;
    QVERIFY2(ends > 100, "the data set ends calls in the range");
    QVERIFY(std::any_of(expected.active.cbegin(), expected.active.cend(), [](qint64 n) { return n > 0; }));

    // Sums and rates follow from the buckets.
    qint64 most = 0;
    for (int b = 0; b < model.bucketCount(); ++b) {
        const qint64 c = model.count(b, CallStatus::Completed);
        const qint64 sum = c + model.count(b, CallStatus::Missed) + model.count(b, CallStatus::Failed);
        most = qMax(most, sum);
        QCOMPARE(model.connectRate(b), sum == 0 ? -1.0 : 100.0 * double(c) / double(sum));
    }
    QCOMPARE(model.maxStackedTotal(), most);
}

void TestTrendModel::failedByErrorCode()
{
    TempStore temp(m_clock);
    QVERIFY(temp.opened);
    TrendModel model(m_clock);
    model.setRange(ChartRange::LastHour);
    const QDateTime first = model.buckets().at(10).start.addSecs(5);
    const QDateTime second = model.buckets().at(20).start.addSecs(5);
    const QString odd = QStringLiteral("  SIP 503, carrier \"down\"\n");
    QVERIFY(temp.write({
        transition(QStringLiteral("a"), first, CallStatus::Failed, QStringLiteral("BUSY")),
        transition(QStringLiteral("b"), first, CallStatus::Failed, QStringLiteral("busy")),
        transition(QStringLiteral("c"), first, CallStatus::Failed, QStringLiteral("The line was busy")),
        transition(QStringLiteral("d"), first, CallStatus::Failed),
        transition(QStringLiteral("e"), second, CallStatus::Failed),
        transition(QStringLiteral("f"), second, CallStatus::Failed, QStringLiteral("Call was not answered")),
        transition(QStringLiteral("g"), second, CallStatus::Failed, QStringLiteral("NO_ANSWER")),
        transition(QStringLiteral("h"), second, CallStatus::Failed, odd),
        transition(QStringLiteral("i"), second, CallStatus::Completed,
                   QStringLiteral("BUSY")), // not a failure
    }));
    model.setStore(&temp.store);

    const QString sip = QStringLiteral("SIP 503, carrier \"down\""); // undocumented: kept, trimmed
    QCOMPARE(model.count(10, CallStatus::Failed), 4);
    QCOMPARE(model.count(20, CallStatus::Failed), 4);
    QCOMPARE(model.failedWithCode(10, QStringLiteral("BUSY")), 3);
    QCOMPARE(model.failedWithCode(10, QString()), 1);
    QCOMPARE(model.failedWithCode(20, QStringLiteral("NO_ANSWER")), 2);
    QCOMPARE(model.failedWithCode(20, sip), 1);
    QCOMPARE(model.failedWithCode(20, QStringLiteral("BUSY")), 0);
    QCOMPARE(model.failedWithCode(11, QStringLiteral("BUSY")), 0);
    // Most frequent first, ties alphabetical ("" before "NO_ANSWER").
    QCOMPARE(model.errorCodes(),
             (QStringList{QStringLiteral("BUSY"), QString(), QStringLiteral("NO_ANSWER"), sip}));
    using Counts = QList<QPair<QString, qint64>>;
    QCOMPARE(model.errorCodeCounts(10), (Counts{{QStringLiteral("BUSY"), 3}, {QString(), 1}}));
    QCOMPARE(model.errorCodeCounts(20), (Counts{{QStringLiteral("NO_ANSWER"), 2}, {QString(), 1}, {sip, 1}}));
    QVERIFY(model.errorCodeCounts(30).isEmpty());
    QCOMPARE(model.connectRate(20), 20.0);
}

void TestTrendModel::activeLevelAcrossBuckets()
{
    TempStore temp(m_clock);
    QVERIFY(temp.opened);
    TrendModel model(m_clock);
    model.setRange(ChartRange::LastHour);
    QCOMPARE(model.activeLookbackHours(), 24);
    const auto in = [&](int bucket) {
        return model.buckets().at(bucket).start.addSecs(10);
    };
    const QDateTime start = model.buckets().first().start;
    QVERIFY(temp.write({
        // a: SCHEDULED -> ONGOING -> COMPLETED across buckets 5, 10, 20.
        transition(QStringLiteral("a"), in(5), CallStatus::Scheduled),
        transition(QStringLiteral("a"), in(10), CallStatus::Ongoing),
        transition(QStringLiteral("a"), in(20), CallStatus::Completed),
        // b: scheduled two hours before the range, still waiting: active throughout.
        transition(QStringLiteral("b"), start.addSecs(-2 * 3600), CallStatus::Scheduled),
        // c: scheduled 30 hours before the range: beyond the look-back, not active.
        transition(QStringLiteral("c"), start.addSecs(-30 * 3600), CallStatus::Scheduled),
        // d: ongoing before the range, missed in bucket 30.
        transition(QStringLiteral("d"), start.addSecs(-600), CallStatus::Scheduled),
        transition(QStringLiteral("d"), start.addSecs(-300), CallStatus::Ongoing),
        transition(QStringLiteral("d"), in(30), CallStatus::Missed),
        // e: ended before the range: not active.
        transition(QStringLiteral("e"), start.addSecs(-900), CallStatus::Ongoing),
        transition(QStringLiteral("e"), start.addSecs(-800), CallStatus::Failed),
        // f: ongoing at the last instant of a bucket, then an undocumented status (not active).
        transition(QStringLiteral("f"), model.buckets().at(40).end.addMSecs(-1), CallStatus::Ongoing),
        [&] {
            Transition t = transition(QStringLiteral("f"), in(45), CallStatus::Unknown);
            t.statusText = QStringLiteral("RINGING");
            return t;
        }(),
    }));
    model.setStore(&temp.store);
    for (int b = 0; b < model.bucketCount(); ++b) {
        const qint64 expected =
            (b >= 5 && b < 20 ? 1 : 0) + 1 + (b < 30 ? 1 : 0) + (b >= 40 && b < 45 ? 1 : 0);
        QVERIFY2(
            model.active(b) == expected,
            qPrintable(
                QStringLiteral("bucket %1: %2 instead of %3").arg(b).arg(model.active(b)).arg(expected)));
    }
    QCOMPARE(model.count(20, CallStatus::Completed), 1);
    QCOMPARE(model.count(30, CallStatus::Missed), 1);
    QCOMPARE(model.total(CallStatus::Failed), 0); // e failed before the range

    // A longer look-back counts c too (from the next reload).
    model.setActiveLookbackHours(48);
    QCOMPARE(model.active(0), 2);
    model.reload();
    QCOMPARE(model.active(0), 3);
    QCOMPARE(model.active(59), 2);
}

void TestTrendModel::liveEqualsReload_data()
{
    reloadCountsMatchTransitionsWritten_data();
}

void TestTrendModel::liveEqualsReload()
{
    QFETCH(ChartRange, range);
    QFETCH(quint32, seed);
    TempStore temp(m_clock);
    QVERIFY(temp.opened);
    const QList<Bucket> buckets = bucketsFor(range, m_clock.now(), QTimeZone::utc());
    const QList<Transition> data = lifecycles(seed + 100, buckets, m_clock.now(), 400);
    QVERIFY(temp.write(data));

    TrendModel reloaded(m_clock);
    reloaded.setRange(range);
    reloaded.setStore(&temp.store);

    // Live: no store, the same transitions as the tracker would report them, a few at a time, calls
    // interleaved in time order.
    TrendModel live(m_clock);
    live.setRange(range);
    const QList<Transition> ordered = inTimeOrder(data);
    for (qsizetype i = 0; i < ordered.size(); i += 7)
        live.addTransitions(ordered.mid(i, 7));
    compareModels(live, reloaded);
    QCOMPARE(live.trackedCallCount(), reloaded.trackedCallCount());
    compareWith(live, expectedFor(buckets, data, 24 * kHourMs));

    // Call after call instead (each call's own order kept): the same numbers.
    TrendModel byCall(m_clock);
    byCall.setRange(range);
    byCall.addTransitions(data);
    compareModels(byCall, reloaded);

    // Any order at all (late webhooks, a poll that lags): each call's transitions take their place in
    // its history, so the numbers are still those of the reload.
    QList<Transition> shuffled = data;
    std::shuffle(shuffled.begin(), shuffled.end(), QRandomGenerator(seed));
    TrendModel anyOrder(m_clock);
    anyOrder.setRange(range);
    for (qsizetype i = 0; i < shuffled.size(); i += 5)
        anyOrder.addTransitions(shuffled.mid(i, 5));
    compareModels(anyOrder, reloaded);
    QCOMPARE(anyOrder.trackedCallCount(), reloaded.trackedCallCount());
}

void TestTrendModel::duplicatesCountOnce()
{
    TempStore temp(m_clock);
    QVERIFY(temp.opened);
    TrendModel model(m_clock);
    model.setRange(ChartRange::LastHour);
    const auto in = [&](int bucket) {
        return model.buckets().at(bucket).start.addSecs(10);
    };
    const QList<Transition> list = {
        transition(QStringLiteral("x"), in(1), CallStatus::Scheduled),
        transition(QStringLiteral("x"), in(2), CallStatus::Ongoing),
        transition(QStringLiteral("x"), in(3), CallStatus::Failed, QStringLiteral("BUSY")),
        transition(QStringLiteral("x"), in(4), CallStatus::Scheduled), // the redial
        transition(QStringLiteral("y"), in(1), CallStatus::Ongoing),
        transition(QStringLiteral("y"), in(2), CallStatus::Completed),
    };
    model.addTransitions(list);
    TrendModel once(m_clock);
    once.setRange(ChartRange::LastHour);
    once.addTransitions(list);

    model.addTransitions(list); // all again
    compareModels(model, once);
    model.addTransitions({list.at(2)}); // x's failure again, after its redial
    compareModels(model, once);
    QCOMPARE(model.count(3, CallStatus::Failed), 1);
    QCOMPARE(model.active(4), 1);

    // The store holds them twice (a batch written again): reload counts them once too.
    QVERIFY(temp.write(list));
    QVERIFY(temp.write(list));
    TrendModel reloaded(m_clock);
    reloaded.setRange(ChartRange::LastHour);
    reloaded.setStore(&temp.store);
    compareModels(reloaded, once);
    // Live transitions that reached the store before reload() read it arrive once more: no change.
    reloaded.addTransitions(list);
    compareModels(reloaded, once);

    // The same call, time and status is a duplicate; another status at the same time is not.
    model.addTransitions({transition(QStringLiteral("y"), in(2), CallStatus::Missed)});
    QCOMPARE(model.count(2, CallStatus::Missed), 1);
    QCOMPARE(model.count(2, CallStatus::Completed), 1);
}

void TestTrendModel::outOfRangeIgnored()
{
    TrendModel model(m_clock);
    model.setRange(ChartRange::LastHour);
    const QDateTime start = model.buckets().first().start;
    const QDateTime end = model.buckets().last().end;
    model.addTransitions({
        transition(QStringLiteral("a"), start.addMSecs(-1), CallStatus::Completed), // just before
        transition(QStringLiteral("b"), start.addDays(-3), CallStatus::Failed),
        transition(QStringLiteral("c"), end, CallStatus::Completed), // the instant after the last bucket
        transition(QStringLiteral("d"), end.addDays(1), CallStatus::Missed),
        transition(QStringLiteral("e"), QDateTime(), CallStatus::Completed),       // no time
        transition(QStringLiteral("f"), start.addDays(-3), CallStatus::Scheduled), // beyond the look-back
    });
    for (const CallStatus status : {CallStatus::Completed, CallStatus::Missed, CallStatus::Failed})
        QCOMPARE(model.total(status), 0);
    QVERIFY(model.errorCodes().isEmpty());
    QCOMPARE(model.active(0), 0);
    QCOMPARE(model.active(59), 0);
    QCOMPARE(model.trackedCallCount(), 1); // a: its state at the range start (ended, not active)

    // Within the look-back a transition sets the call's state at the range start, as reload() reads it.
    model.addTransitions({transition(QStringLiteral("g"), start.addSecs(-3600), CallStatus::Scheduled)});
    QCOMPARE(model.active(0), 1);
    QCOMPARE(model.active(59), 1);
    model.addTransitions(
        {transition(QStringLiteral("g"), start.addSecs(-7200), CallStatus::Completed)}); // older
    QCOMPARE(model.active(0), 1);
    model.addTransitions({transition(QStringLiteral("g"), start.addSecs(-60), CallStatus::Missed)});
    QCOMPARE(model.active(0), 0);
    QCOMPARE(model.total(CallStatus::Missed), 0);
}

void TestTrendModel::lateTransitionKeepsActiveLevel()
{
    TrendModel model(m_clock);
    model.setRange(ChartRange::LastHour);
    const auto in = [&](int bucket) {
        return model.buckets().at(bucket).start.addSecs(10);
    };
    model.addTransitions({
        transition(QStringLiteral("z"), in(10), CallStatus::Ongoing),
        transition(QStringLiteral("z"), in(30), CallStatus::Completed),
        transition(QStringLiteral("w"), in(40), CallStatus::Scheduled),
    });
    QCOMPARE(model.active(9), 0);
    QCOMPARE(model.active(10), 1);
    QCOMPARE(model.active(30), 0);
    QCOMPARE(model.active(40), 1);

    // z's ONGOING seen again late (older than its end): the finished call stays finished.
    model.addTransitions({transition(QStringLiteral("z"), in(20), CallStatus::Ongoing)});
    // w: an end older than its last state still counts as an end, but w stays scheduled.
    model.addTransitions({transition(QStringLiteral("w"), in(35), CallStatus::Missed)});
    for (int b = 0; b < model.bucketCount(); ++b) {
        const qint64 expected = (b >= 10 && b < 30 ? 1 : 0) + (b >= 40 ? 1 : 0);
        QCOMPARE(model.active(b), expected);
    }
    QCOMPARE(model.count(35, CallStatus::Missed), 1);
    QCOMPARE(model.count(30, CallStatus::Completed), 1);
    QCOMPARE(model.trackedCallCount(), 2);
}

void TestTrendModel::rollOverKeepsCountsAndAddsEmptyBuckets()
{
    TempStore temp(m_clock);
    QVERIFY(temp.opened);
    const QList<Bucket> buckets = bucketsFor(ChartRange::LastHour, m_clock.now(), QTimeZone::utc());
    QVERIFY(temp.write(lifecycles(7, buckets, m_clock.now(), 300)));
    TrendModel model(m_clock);
    model.setRange(ChartRange::LastHour);
    model.setStore(&temp.store);
    QCOMPARE(model.reloadCount(), 2);
    QSignalSpy changed(&model, &TrendModel::bucketsChanged);

    // Within the current bucket: nothing happens.
    const qint64 toEnd = model.buckets().last().end.toMSecsSinceEpoch() - m_clock.now().toMSecsSinceEpoch();
    m_clock.advance(toEnd - 1);
    model.advance();
    QCOMPARE(changed.count(), 0);

    struct Row
    {
        qint64 completed, missed, failed, active;
        QList<QPair<QString, qint64>> codes;
    };
    QList<Row> before;
    for (int b = 0; b < model.bucketCount(); ++b) {
        before.append({model.count(b, CallStatus::Completed), model.count(b, CallStatus::Missed),
                       model.count(b, CallStatus::Failed), model.active(b), model.errorCodeCounts(b)});
    }
    const QDateTime oldFirst = model.buckets().first().start;

    m_clock.advance(2 * 60'000 + 1); // three minutes later than the last bucket's start
    model.advance();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.reloadCount(), 2); // rolled in place
    QCOMPARE(model.bucketCount(), 60);
    QCOMPARE(model.buckets().first().start, oldFirst.addSecs(180));
    const QList<Bucket> now = bucketsFor(ChartRange::LastHour, m_clock.now(), QTimeZone::utc());
    for (int b = 0; b < 60; ++b) {
        QCOMPARE(model.buckets().at(b).start, now.at(b).start);
        QCOMPARE(model.buckets().at(b).end, now.at(b).end);
    }
    for (int b = 0; b < 57; ++b) {
        const Row &old = before.at(b + 3);
        QCOMPARE(model.count(b, CallStatus::Completed), old.completed);
        QCOMPARE(model.count(b, CallStatus::Missed), old.missed);
        QCOMPARE(model.count(b, CallStatus::Failed), old.failed);
        QCOMPARE(model.active(b), old.active);
        QCOMPARE(model.errorCodeCounts(b), old.codes);
    }
    for (int b = 57; b < 60; ++b) {
        QCOMPARE(model.count(b, CallStatus::Completed) + model.count(b, CallStatus::Missed) +
                     model.count(b, CallStatus::Failed),
                 0);
        QCOMPARE(model.active(b), before.last().active); // the level carries on
    }
    // The sums lost the three buckets that dropped off.
    qint64 dropped = 0;
    for (int b = 0; b < 3; ++b)
        dropped += before.at(b).completed;
    qint64 sum = 0;
    for (const Row &row : before)
        sum += row.completed;
    QCOMPARE(model.total(CallStatus::Completed), sum - dropped);

    // What a reload at this instant would show.
    TrendModel fresh(m_clock);
    fresh.setRange(ChartRange::LastHour);
    fresh.setStore(&temp.store);
    compareModels(model, fresh);
    QCOMPARE(model.trackedCallCount(), fresh.trackedCallCount());

    // The new buckets take live transitions.
    model.addTransitions({transition(QStringLiteral("new"), m_clock.now(), CallStatus::Completed)});
    QCOMPARE(model.count(59, CallStatus::Completed), 1);
}

void TestTrendModel::rollOverAcrossMidnightAndLongGaps()
{
    const QTimeZone berlin("Europe/Berlin");
    QVERIFY(berlin.isValid());
    // 23:59:30 in Berlin.
    m_clock.set(QDateTime(QDate(2026, 5, 4), QTime(23, 59, 30), berlin).toUTC());
    TempStore temp(m_clock);
    QVERIFY(temp.opened);
    const QList<Bucket> buckets = bucketsFor(ChartRange::Last30Days, m_clock.now(), berlin);
    QVERIFY(temp.write(lifecycles(21, buckets, m_clock.now(), 300)));
    TrendModel model(m_clock);
    model.setRange(ChartRange::Last30Days);
    model.setTimeZone(berlin);
    model.setStore(&temp.store);
    const int reloads = model.reloadCount();
    QList<qint64> failed;
    for (int b = 0; b < model.bucketCount(); ++b)
        failed.append(model.count(b, CallStatus::Failed));

    m_clock.advance(60'000); // past midnight: a new day
    model.addTransitions({transition(QStringLiteral("late"), m_clock.now(), CallStatus::Failed)});
    QCOMPARE(model.reloadCount(), reloads); // addTransitions rolled first, in place
    QCOMPARE(model.bucketCount(), 30);
    QCOMPARE(model.buckets().last().start, QDateTime(QDate(2026, 5, 5), QTime(0, 0), berlin).toUTC());
    for (int b = 0; b < 29; ++b)
        QCOMPARE(model.count(b, CallStatus::Failed), failed.at(b + 1));
    QCOMPARE(model.count(29, CallStatus::Failed), 1);

    // After a long sleep nothing lines up any more: a reload.
    m_clock.advance(qint64(40) * 24 * kHourMs);
    QSignalSpy changed(&model, &TrendModel::bucketsChanged);
    model.advance();
    QCOMPARE(model.reloadCount(), reloads + 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.total(CallStatus::Failed), 0);
    QCOMPARE(model.trackedCallCount(), 0);
}

void TestTrendModel::rollOverForgetsOldCalls()
{
    TempStore temp(m_clock);
    QVERIFY(temp.opened);
    const QList<Bucket> buckets = bucketsFor(ChartRange::LastHour, m_clock.now(), QTimeZone::utc());
    QVERIFY(temp.write(lifecycles(31, buckets, m_clock.now(), 400)));
    TrendModel model(m_clock);
    model.setRange(ChartRange::LastHour);
    model.setActiveLookbackHours(0);
    model.setStore(&temp.store);
    const int before = model.trackedCallCount();
    QVERIFY(before > 0);

    m_clock.advance(30 * 60'000);
    model.advance();
    QCOMPARE(model.reloadCount(), 2);
    QVERIFY(model.trackedCallCount() < before);
    TrendModel fresh(m_clock);
    fresh.setRange(ChartRange::LastHour);
    fresh.setActiveLookbackHours(0);
    fresh.setStore(&temp.store);
    QCOMPARE(model.trackedCallCount(), fresh.trackedCallCount());
    compareModels(model, fresh);
}

void TestTrendModel::dstDaysAndHours_data()
{
    QTest::addColumn<ChartRange>("range");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QList<QDateTime>>("times"); // UTC
    QTest::addColumn<QStringList>("labels");     // the bucket label each time must land in
    QTest::addColumn<QString>("special");        // a bucket label worth a closer look
    QTest::addColumn<int>("specialValue");       // Last30Days: its length in hours; else how many there are

    // Berlin leaves summer time on 2026-10-25 at 03:00 CEST (01:00 UTC): that day has 25 hours.
    QTest::newRow("autumn, 30 days") << ChartRange::Last30Days << utc(2026, 10, 26, 11, 0)
                                     << QList<QDateTime>{utc(2026, 10, 24, 21, 59), utc(2026, 10, 24, 22, 30),
                                                         utc(2026, 10, 25, 22, 59), utc(2026, 10, 25, 23, 0)}
                                     << QStringList{QStringLiteral("24 Oct"), QStringLiteral("25 Oct"),
                                                    QStringLiteral("25 Oct"), QStringLiteral("26 Oct")}
                                     << QStringLiteral("25 Oct") << 25;
    // Berlin enters summer time on 2026-03-29 at 02:00 CET (01:00 UTC): that day has 23 hours.
    QTest::newRow("spring, 30 days") << ChartRange::Last30Days << utc(2026, 3, 30, 10, 0)
                                     << QList<QDateTime>{utc(2026, 3, 28, 22, 59), utc(2026, 3, 28, 23, 0),
                                                         utc(2026, 3, 29, 21, 59), utc(2026, 3, 29, 22, 0)}
                                     << QStringList{QStringLiteral("28 Mar"), QStringLiteral("29 Mar"),
                                                    QStringLiteral("29 Mar"), QStringLiteral("30 Mar")}
                                     << QStringLiteral("29 Mar") << 23;
    // The repeated hour: 02:20 CEST and 02:20 CET are two instants in two buckets, both "02:15".
    QTest::newRow("autumn, 24 hours")
        << ChartRange::Last24Hours << utc(2026, 10, 25, 5, 0)
        << QList<QDateTime>{utc(2026, 10, 25, 0, 20), utc(2026, 10, 25, 1, 20), utc(2026, 10, 25, 1, 59)}
        << QStringList{QStringLiteral("02:15"), QStringLiteral("02:15"), QStringLiteral("02:45")}
        << QStringLiteral("02:15") << 2;
    // The skipped hour: no "02:15" bucket; 01:05 UTC is 03:05 CEST.
    QTest::newRow("spring, 24 hours")
        << ChartRange::Last24Hours << utc(2026, 3, 29, 4, 0)
        << QList<QDateTime>{utc(2026, 3, 29, 0, 50), utc(2026, 3, 29, 1, 5)}
        << QStringList{QStringLiteral("01:45"), QStringLiteral("03:00")} << QStringLiteral("02:15") << 0;
}

void TestTrendModel::dstDaysAndHours()
{
    QFETCH(ChartRange, range);
    QFETCH(QDateTime, now);
    QFETCH(QList<QDateTime>, times);
    QFETCH(QStringList, labels);
    QFETCH(QString, special);
    QFETCH(int, specialValue);
    const QTimeZone berlin("Europe/Berlin");
    QVERIFY(berlin.isValid());
    m_clock.set(now);
    TempStore temp(m_clock);
    QVERIFY(temp.opened);
    QList<Transition> data;
    for (qsizetype i = 0; i < times.size(); ++i)
        data.append(transition(QStringLiteral("call_%1").arg(i), times.at(i), CallStatus::Completed));
    QVERIFY(temp.write(data));

    TrendModel model(m_clock);
    model.setLocale(QLocale::c());
    model.setRange(range);
    model.setTimeZone(berlin);
    QCOMPARE(model.timeZone(), berlin);
    model.setStore(&temp.store);
    TrendModel live(m_clock);
    live.setLocale(QLocale::c());
    live.setRange(range);
    live.setTimeZone(berlin);
    live.addTransitions(data);
    compareModels(live, model);

    QHash<QString, qint64> perLabel;
    for (qsizetype i = 0; i < times.size(); ++i) {
        const int b = bucketIndex(model.buckets(), times.at(i));
        QVERIFY(b >= 0);
        QCOMPARE(model.label(b), labels.at(i));
        ++perLabel[labels.at(i)];
    }
    // Each labelled bucket (the first one of a repeated label) holds what belongs to it.
    if (range == ChartRange::Last30Days) {
        for (auto it = perLabel.cbegin(); it != perLabel.cend(); ++it)
            QCOMPARE(model.count(bucketWithLabel(model, it.key()), CallStatus::Completed), it.value());
        const int b = bucketWithLabel(model, special);
        QVERIFY(b >= 0);
        QCOMPARE((model.buckets().at(b).end.toMSecsSinceEpoch() -
                  model.buckets().at(b).start.toMSecsSinceEpoch()) /
                     kHourMs,
                 specialValue);
    } else {
        int withLabel = 0;
        for (int b = 0; b < model.bucketCount(); ++b) {
            if (model.label(b) == special) {
                ++withLabel;
                QCOMPARE(model.count(b, CallStatus::Completed), 1);
            }
        }
        QCOMPARE(withLabel, specialValue);
    }
}

void TestTrendModel::updatedIsCoalesced()
{
    TrendModel model(m_clock); // no store: nothing is pending
    model.setRange(ChartRange::LastHour);
    QSignalSpy updated(&model, &TrendModel::updated);
    QVERIFY(updated.wait()); // the one after setRange()
    QCOMPARE(updated.count(), 1);
    updated.clear();
    QCOMPARE(model.updateIntervalMs(), 250);
    model.setUpdateIntervalMs(50);
    QCOMPARE(model.updateIntervalMs(), 50);

    const QDateTime at = model.buckets().at(30).start;
    for (int i = 0; i < 500; ++i)
        model.addTransitions(
            {transition(QStringLiteral("c%1").arg(i), at.addMSecs(i), CallStatus::Completed)});
    QCOMPARE(updated.count(), 0); // not one per change
    QVERIFY(updated.wait(5000));
    QCOMPARE(updated.count(), 1);
    QCOMPARE(model.count(30, CallStatus::Completed), 500); // the signal comes with everything in place
    QVERIFY(!updated.wait(200));
    QCOMPARE(updated.count(), 1);

    // Changes that change nothing (out of range, duplicates) do not signal.
    model.addTransitions({transition(QStringLiteral("x"), at.addDays(-5), CallStatus::Completed),
                          transition(QStringLiteral("c1"), at.addMSecs(1), CallStatus::Completed)});
    QVERIFY(!updated.wait(200));
    QCOMPARE(updated.count(), 1);

    model.addTransitions({transition(QStringLiteral("y"), at, CallStatus::Missed)});
    model.addTransitions({transition(QStringLiteral("z"), at, CallStatus::Missed)});
    QVERIFY(updated.wait(5000));
    QCOMPARE(updated.count(), 2);
}

void TestTrendModel::reloadCountOnlyForReloads()
{
    TempStore temp(m_clock);
    QVERIFY(temp.opened);
    TrendModel model(m_clock);
    QCOMPARE(model.reloadCount(), 0);
    QCOMPARE(model.store(), nullptr);
    model.setStore(&temp.store);
    QCOMPARE(model.store(), &temp.store);
    QCOMPARE(model.reloadCount(), 1);
    model.addTransitions({transition(QStringLiteral("a"), m_clock.now(), CallStatus::Completed)});
    model.advance(); // the same bucket
    QCOMPARE(model.reloadCount(), 1);
    m_clock.advance(15 * 60'000); // a plain roll
    model.advance();
    QCOMPARE(model.reloadCount(), 1);
    QCOMPARE(model.count(model.bucketCount() - 2, CallStatus::Completed), 1);
    model.setRange(ChartRange::Last24Hours); // unchanged
    QCOMPARE(model.reloadCount(), 1);
    model.setRange(ChartRange::Last7Days);
    QCOMPARE(model.reloadCount(), 2);
    model.setTimeZone(QTimeZone::utc()); // unchanged
    QCOMPARE(model.reloadCount(), 2);
    model.setTimeZone(QTimeZone("America/New_York"));
    QCOMPARE(model.reloadCount(), 3);
    model.reload();
    QCOMPARE(model.reloadCount(), 4);
    QCOMPARE(model.total(CallStatus::Completed), 0); // the store never saw "a"
}

void TestTrendModel::csvQuoting()
{
    TrendModel model(m_clock);
    model.setLocale(QLocale::c());
    model.setRange(ChartRange::LastHour);
    const QString nasty = QStringLiteral("a,\"b\"\nc");
    const QString formula = QStringLiteral("=HYPERLINK(\"http://x\")");
    const QDateTime at = model.buckets().at(59).start.addSecs(1);
    model.addTransitions({
        transition(QStringLiteral("1"), at, CallStatus::Failed, nasty),
        transition(QStringLiteral("2"), at, CallStatus::Failed, nasty),
        transition(QStringLiteral("3"), at, CallStatus::Failed, formula),
        transition(QStringLiteral("4"), at, CallStatus::Failed, QStringLiteral("BUSY")),
        transition(QStringLiteral("5"), at, CallStatus::Completed),
        transition(QStringLiteral("6"), at, CallStatus::Scheduled),
    });
    const QString csv = model.toCsv();
    QVERIFY(csv.startsWith(QLatin1String("start,end,label,completed,missed,failed,active,"))); // no BOM
    QVERIFY(csv.endsWith(QLatin1String("\r\n")));
    QVERIFY2(csv.contains(QStringLiteral("\"failed:a,\"\"b\"\"\nc\"")), qPrintable(csv.left(300)));

    const CsvReadResult read = readCsv(csv.toUtf8());
    QVERIFY2(read.ok(), qPrintable(read.error));
    QCOMPARE(read.rows.size(), 1 + 60);
    QCOMPARE(read.rows.first(),
             (QStringList{QStringLiteral("start"), QStringLiteral("end"), QStringLiteral("label"),
                          QStringLiteral("completed"), QStringLiteral("missed"), QStringLiteral("failed"),
                          QStringLiteral("active"), QLatin1String("failed:") + nasty,
                          QLatin1String("failed:") + formula, QStringLiteral("failed:BUSY")}));
    for (int b = 0; b < 60; ++b) {
        const QStringList &row = read.rows.at(b + 1);
        QCOMPARE(row.size(), 10);
        QCOMPARE(QDateTime::fromString(row.at(0), Qt::ISODate), model.buckets().at(b).start);
        QCOMPARE(QDateTime::fromString(row.at(1), Qt::ISODate), model.buckets().at(b).end);
        QVERIFY(row.at(0).endsWith(QLatin1Char('Z')));
        QCOMPARE(row.at(2), model.label(b));
        QCOMPARE(row.at(6), QString::number(model.active(b)));
    }
    QCOMPARE(read.rows.last().mid(3),
             (QStringList{QStringLiteral("1"), QStringLiteral("0"), QStringLiteral("4"), QStringLiteral("1"),
                          QStringLiteral("2"), QStringLiteral("1"), QStringLiteral("1")}));
    // No cell a spreadsheet would evaluate.
    for (const QStringList &row : read.rows) {
        for (const QString &cell : row) {
            QVERIFY2(cell.isEmpty() || !QStringLiteral("=+-@").contains(cell.front()), qPrintable(cell));
        }
    }
}

void TestTrendModel::backgroundLoadEqualsSynchronous_data()
{
    QTest::addColumn<ChartRange>("range");
    QTest::addColumn<quint32>("seed");
    QTest::newRow("hour") << ChartRange::LastHour << 21u;
    QTest::newRow("day") << ChartRange::Last24Hours << 22u;
    QTest::newRow("month") << ChartRange::Last30Days << 24u;
}

void TestTrendModel::backgroundLoadEqualsSynchronous()
{
    QFETCH(ChartRange, range);
    QFETCH(quint32, seed);
    TempStore temp(m_clock);
    QVERIFY(temp.opened);
    const QList<Bucket> buckets = bucketsFor(range, m_clock.now(), QTimeZone::utc());
    QVERIFY(temp.write(lifecycles(seed, buckets, m_clock.now(), 600)));

    TrendModel sync(m_clock);
    sync.setRange(range);
    sync.setStore(&temp.store);
    QVERIFY(!sync.isLoading());

    TrendModel background(m_clock);
    background.setBackgroundLoading(true);
    background.setRange(range);
    QSignalSpy loading(&background, &TrendModel::loadingChanged);
    QSignalSpy bucketsChanged(&background, &TrendModel::bucketsChanged);
    background.setStore(&temp.store);
    // The buckets are there at once, the counts follow from the worker.
    QVERIFY(background.isLoading());
    QCOMPARE(loading.count(), 1);
    QCOMPARE(loading.at(0).at(0).toBool(), true);
    QCOMPARE(background.bucketCount(), sync.bucketCount());
    QCOMPARE(background.total(CallStatus::Completed), 0);
    QTRY_VERIFY(!background.isLoading());
    QCOMPARE(loading.count(), 2);
    QCOMPARE(loading.at(1).at(0).toBool(), false);
    QCOMPARE(bucketsChanged.count(), 2); // the empty buckets, then the loaded ones
    QVERIFY(sync.total(CallStatus::Completed) + sync.total(CallStatus::Failed) > 50);
    compareModels(background, sync);
    QCOMPARE(background.trackedCallCount(), sync.trackedCallCount());
}

void TestTrendModel::liveDuringBackgroundLoadCountedOnce()
{
    // Transitions that arrive live while the worker reads are counted once: on top of what the store had,
    // and once only when the store has them too (the tracker records a change live and writes it to the
    // store on its next cycle, so a load may see both).
    TempStore temp(m_clock);
    QVERIFY(temp.opened);
    const ChartRange range = ChartRange::Last24Hours;
    const QList<Bucket> buckets = bucketsFor(range, m_clock.now(), QTimeZone::utc());
    const QList<Transition> stored = lifecycles(31, buckets, m_clock.now(), 400);
    QVERIFY(temp.write(stored));
    const QDateTime recent = m_clock.now().addSecs(-30);
    const QList<Transition> alsoStored = {
        transition(QStringLiteral("both_1"), recent, CallStatus::Completed),
        transition(QStringLiteral("both_2"), recent, CallStatus::Failed, QStringLiteral("BUSY")),
    };
    QVERIFY(temp.write(alsoStored));
    const QList<Transition> liveOnly = {
        transition(QStringLiteral("live_1"), recent.addSecs(-60), CallStatus::Scheduled),
        transition(QStringLiteral("live_1"), recent, CallStatus::Ongoing),
        transition(QStringLiteral("live_2"), recent, CallStatus::Missed),
    };

    TrendModel model(m_clock);
    model.setBackgroundLoading(true);
    model.setRange(range);
    model.setStore(&temp.store);
    QVERIFY(model.isLoading());
    model.addTransitions(alsoStored + liveOnly);
    // Kept aside while loading: nothing is counted twice, nothing shown before the load ends.
    QCOMPARE(model.total(CallStatus::Missed), 0);
    QTRY_VERIFY(!model.isLoading());

    TrendModel expected(m_clock);
    expected.setRange(range);
    expected.addTransitions(stored + alsoStored + liveOnly);
    compareModels(model, expected);
    compareWith(model, expectedFor(buckets, stored + alsoStored + liveOnly,
                                   qint64(model.activeLookbackHours()) * kHourMs));

    // Afterwards live transitions count at once again.
    model.addTransitions({transition(QStringLiteral("after"), recent, CallStatus::Completed)});
    QCOMPARE(model.total(CallStatus::Completed), expected.total(CallStatus::Completed) + 1);
}

void TestTrendModel::reloadDuringBackgroundLoadDropsTheOldOne()
{
    TempStore temp(m_clock);
    QVERIFY(temp.opened);
    const QList<Bucket> day = bucketsFor(ChartRange::Last24Hours, m_clock.now(), QTimeZone::utc());
    QVERIFY(temp.write(lifecycles(41, day, m_clock.now(), 800)));
    TrendModel model(m_clock);
    model.setBackgroundLoading(true);
    model.setRange(ChartRange::Last24Hours);
    model.setStore(&temp.store);
    QVERIFY(model.isLoading());
    // A new range while the first load runs: only the second one's counts arrive.
    QSignalSpy bucketsChanged(&model, &TrendModel::bucketsChanged);
    model.setRange(ChartRange::LastHour);
    QVERIFY(model.isLoading());
    QCOMPARE(model.bucketCount(), 60);
    QTRY_VERIFY(!model.isLoading());
    TrendModel expected(m_clock);
    expected.setRange(ChartRange::LastHour);
    expected.setStore(&temp.store);
    compareModels(model, expected);
    QCOMPARE(bucketsChanged.count(), 2);
    // Nothing else is posted later.
    QTest::qWait(50);
    QCOMPARE(bucketsChanged.count(), 2);
    compareModels(model, expected);

    // A model destroyed while loading does not crash and leaves nothing behind.
    {
        TrendModel gone(m_clock);
        gone.setBackgroundLoading(true);
        gone.setRange(ChartRange::Last30Days);
        gone.setStore(&temp.store);
        QVERIFY(gone.isLoading());
    }
}

void TestTrendModel::backgroundLoadWithoutFileReadsSynchronously()
{
    // A store in memory has no file another thread could read: reload() reads it at once.
    HistoryStore store(m_clock);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile blocker(dir.filePath(QStringLiteral("blocked")));
    QVERIFY(blocker.open(QIODevice::WriteOnly)); // a file where the folder should be
    blocker.close();
    QVERIFY(!store.open(dir.filePath(QStringLiteral("blocked"))));
    QCOMPARE(store.mode(), HistoryStore::Mode::Memory);
    QVERIFY(store.readerPath().isEmpty());
    HistoryStore::WriteBatch batch;
    batch.transitions = {transition(QStringLiteral("m"), m_clock.now().addSecs(-60), CallStatus::Completed)};
    QVERIFY(store.write(batch));
    TrendModel model(m_clock);
    model.setBackgroundLoading(true);
    QSignalSpy loading(&model, &TrendModel::loadingChanged);
    model.setStore(&store);
    QVERIFY(!model.isLoading());
    QCOMPARE(loading.count(), 0);
    QCOMPARE(model.total(CallStatus::Completed), 1);
}

namespace {

// Resident memory of this process in KiB (Linux), -1 elsewhere.
qint64 residentKib()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Processor time of this process in ms (wall-clock figures mean little on a busy machine).
qint64 cpuMs()
{
    return qint64(std::clock()) * 1000 / CLOCKS_PER_SEC;
}

} // namespace

void TestTrendModel::benchmarkMillionTransitions()
{
    // A month of history: 1,000,000 transitions (SCHEDULED, ONGOING, an end) of 333,334 calls over 30
    // days, written through the store as the tracker would (in time order, 50,000 per batch). Prints how
    // long a reload of each range takes and how fast live transitions are taken in; asserts only that
    // the numbers agree.
    m_clock.set(utc(2026, 6, 15, 12, 0));
    TempStore temp(m_clock);
    QVERIFY(temp.opened);
    TrendModel live(m_clock);
    live.setRange(ChartRange::Last30Days);
    const qint64 nowMs = m_clock.now().toMSecsSinceEpoch();
    const qint64 fromMs = nowMs - 30 * 24 * kHourMs;
    const int total = 1'000'000;
    const int calls = (total + 2) / 3;
    const qint64 spacingMs = (nowMs - fromMs - 1'300'000) / calls;
    QRandomGenerator random(2026);
    const int batchSize = 50'000;
    QList<Transition> batch;
    batch.reserve(batchSize + 3);
    qint64 written = 0, writeMs = 0, liveNs = 0, liveCpuMs = 0;
    QElapsedTimer timer;
    const auto at = [](qint64 ms) {
        return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
    };
    for (int c = 0; c < calls; ++c) {
        const QString id = QStringLiteral("call_%1").arg(c, 7, 10, QLatin1Char('0'));
        qint64 t = fromMs + c * spacingMs + random.bounded(60'000);
        const int left = total - int(written) - int(batch.size());
        batch.append(transition(id, at(t), CallStatus::Scheduled));
        if (left > 1) {
            t += 1 + random.bounded(600'000);
            batch.append(transition(id, at(t), CallStatus::Ongoing));
        }
        if (left > 2) {
            t += 1 + random.bounded(600'000);
            const int end = random.bounded(3);
            batch.append(end == 0 ? transition(id, at(t), CallStatus::Completed)
                                  : (end == 1 ? transition(id, at(t), CallStatus::Missed)
                                              : transition(id, at(t), CallStatus::Failed,
                                                           kErrors.at(random.bounded(int(kErrors.size()))))));
        }
        if (batch.size() >= batchSize || c == calls - 1) {
            timer.start();
            QVERIFY(temp.write(batch));
            writeMs += timer.elapsed();
            const qint64 cpu = cpuMs();
            timer.start();
            live.addTransitions(batch);
            liveNs += timer.nsecsElapsed();
            liveCpuMs += cpuMs() - cpu;
            written += batch.size();
            batch.clear();
        }
    }
    QCOMPARE(written, total);
    QCOMPARE(temp.store.load().transitionCount, total);
    qInfo("wrote %lld transitions through HistoryStore::write in %lld ms", written, writeMs);
    qInfo("live: %lld transitions in %lld ms (%lld ms CPU): %.0f transitions/s; %d calls kept", written,
          liveNs / 1'000'000, liveCpuMs, double(written) * 1e9 / double(qMax<qint64>(liveNs, 1)),
          live.trackedCallCount());

    std::unique_ptr<TrendModel> month;
    for (const ChartRange range :
         {ChartRange::LastHour, ChartRange::Last24Hours, ChartRange::Last7Days, ChartRange::Last30Days}) {
        auto model = std::make_unique<TrendModel>(m_clock);
        model->setRange(range); // no store yet: no query
        const int reloads = model->reloadCount();
        const qint64 rss = residentKib();
        const qint64 cpu = cpuMs();
        timer.start();
        model->setStore(&temp.store); // the one reload
        const qint64 ms = timer.elapsed();
        const qint64 cpuUsed = cpuMs() - cpu;
        QCOMPARE(model->reloadCount(), reloads + 1);
        qint64 ended = 0;
        for (const CallStatus status : {CallStatus::Completed, CallStatus::Missed, CallStatus::Failed})
            ended += model->total(status);
        qInfo("reload %-11s %3d buckets: %5lld ms (%5lld ms CPU), %6lld ends, %6d calls kept, +%lld KiB",
              rangeName(range), model->bucketCount(), ms, cpuUsed, ended, model->trackedCallCount(),
              residentKib() - rss);
        QVERIFY(ended > 0);
        // Of which reading the rows from the store.
        const QDateTime from = model->buckets().first().start;
        qint64 rows = 0;
        const qint64 queryCpu = cpuMs();
        timer.start();
        QVERIFY(temp.store.visitTransitionsBetween(from, model->buckets().last().end,
                                                   from.addSecs(-3600 * model->activeLookbackHours()),
                                                   [&rows](const HistoryStore::TransitionRow &) { ++rows; }));
        qInfo("  of which the store query alone: %lld rows in %lld ms (%lld ms CPU)", rows, timer.elapsed(),
              cpuMs() - queryCpu);
        if (range == ChartRange::Last30Days)
            month = std::move(model);
    }
    // The month reloaded from the store and the month taken in live agree bucket by bucket.
    compareModels(live, *month);
    QCOMPARE(live.trackedCallCount(), month->trackedCallCount());
    QVERIFY(month->total(CallStatus::Completed) > 100'000);

    // Rolling a day forward in place (dropping the oldest day, forgetting its calls).
    m_clock.advance(24 * kHourMs);
    const qint64 cpu = cpuMs();
    timer.start();
    month->advance();
    qInfo("roll Last30Days by a day: %lld ms (%lld ms CPU), %d calls kept", timer.elapsed(), cpuMs() - cpu,
          month->trackedCallCount());
    QCOMPARE(month->reloadCount(), 2); // setRange() and setStore(): the roll did not reload
}

QTEST_GUILESS_MAIN(TestTrendModel)
#include "tst_trendmodel.moc"
