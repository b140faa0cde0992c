#include "testsupport.h"

#include "sim/simworld.h"

#include <QHash>
#include <QSignalSpy>
#include <QTest>

using namespace cw::sim;

Q_DECLARE_METATYPE(cw::sim::SimOutcome)

namespace {

QDateTime t0()
{
    // A fixed "now" keeps every run identical.
    return QDateTime::fromString(QStringLiteral("2025-11-15T12:00:00.000Z"), Qt::ISODateWithMs);
}

SimConfig quietConfig(quint64 seed = 1)
{
    SimConfig config;
    config.seed = seed;
    config.historyDays = 0;
    config.autoTraffic = false;
    return config;
}

// Everything the API shows about a call, as one comparable string.
QString fingerprint(const SimCall &call)
{
    return QStringList{call.id,
                       call.batchId,
                       call.phoneNumber,
                       callStatusName(call.status),
                       call.error,
                       QString::number(call.attempt),
                       call.createdAt.toString(Qt::ISODateWithMs),
                       call.startTime.toString(Qt::ISODateWithMs),
                       call.endedAt.toString(Qt::ISODateWithMs),
                       call.durationSeconds ? QString::number(*call.durationSeconds) : QStringLiteral("null"),
                       call.recordingUrl}
        .join(QLatin1Char('|'));
}

QStringList fingerprints(const SimWorld &world)
{
    QStringList out;
    const QStringList ids = world.callIds();
    for (const QString &id : ids)
        out.append(fingerprint(*world.call(id)));
    return out;
}

int rank(SimCallStatus status)
{
    switch (status) {
    case SimCallStatus::Scheduled:
        return 0;
    case SimCallStatus::Ongoing:
        return 1;
    default:
        return 2;
    }
}

// Advances in steps until `predicate` holds or `limit` is reached; returns whether it held.
template<typename Predicate>
bool advanceUntil(SimWorld &world, qint64 stepMs, const QDateTime &limit, Predicate predicate)
{
    while (!predicate()) {
        if (world.now() >= limit)
            return false;
        world.advanceTo(std::min(world.now().addMSecs(stepMs), limit));
    }
    return true;
}

} // namespace

class TestSimWorld : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statusNames();
    void determinism_data();
    void determinism();
    void differentSeedsDiffer();
    void historyReachesBack_data();
    void historyReachesBack();
    void historyIsConsistentAtSpeedOne();
    void errorMixPresent();
    void lifecycleOnlyMovesForwardPerAttempt();
    void retriesAfterDelay_data();
    void retriesAfterDelay();
    void nonRetryableErrorsAreFinal();
    void speedScalesDelaysNotDurations();
    void setSpeedRescalesPendingDelays();
    void forceStatus();
    void batchLifecycleAndStatistics();
    void cancelBatch();
    void signalsForCreationAndChanges();
    void transcriptMetricsAndSummary();
    void timeNeverGoesBack();
    void openingBatch();
};

void TestSimWorld::statusNames()
{
    QCOMPARE(callStatusName(SimCallStatus::Scheduled), QStringLiteral("SCHEDULED"));
    QCOMPARE(callStatusName(SimCallStatus::Ongoing), QStringLiteral("ONGOING"));
    QCOMPARE(callStatusName(SimCallStatus::Completed), QStringLiteral("COMPLETED"));
    QCOMPARE(callStatusName(SimCallStatus::Missed), QStringLiteral("MISSED"));
    QCOMPARE(callStatusName(SimCallStatus::Failed), QStringLiteral("FAILED"));
    QVERIFY(!isTerminal(SimCallStatus::Scheduled));
    QVERIFY(!isTerminal(SimCallStatus::Ongoing));
    QVERIFY(isTerminal(SimCallStatus::Completed));
    QVERIFY(isTerminal(SimCallStatus::Missed));
    QVERIFY(isTerminal(SimCallStatus::Failed));
}

void TestSimWorld::determinism_data()
{
    QTest::addColumn<double>("speed");
    QTest::newRow("speed 1") << 1.0;
    QTest::newRow("speed 40") << 40.0;
}

// Same seed, same start: the same world, whether time advances in one step or in many small ones.
void TestSimWorld::determinism()
{
    QFETCH(double, speed);
    SimConfig config;
    config.seed = 7;
    config.speed = speed;
    config.historyDays = 3;
    SimWorld oneStep(config, t0());
    SimWorld manySteps(config, t0());
    QCOMPARE(fingerprints(oneStep), fingerprints(manySteps));
    QVERIFY(oneStep.callCount() > 50);

    const QDateTime end = t0().addSecs(3 * 3600);
    oneStep.advanceTo(end);
    for (QDateTime t = t0(); t < end; t = t.addMSecs(37'000))
        manySteps.advanceTo(t);
    manySteps.advanceTo(end);

    QCOMPARE(oneStep.now(), end);
    QCOMPARE(manySteps.now(), end);
    QCOMPARE(oneStep.batchIds(), manySteps.batchIds());
    QCOMPARE(fingerprints(oneStep), fingerprints(manySteps));
    QCOMPARE(oneStep.userId(), manySteps.userId());
}

void TestSimWorld::differentSeedsDiffer()
{
    SimConfig a;
    a.seed = 1;
    a.historyDays = 2;
    SimConfig b = a;
    b.seed = 2;
    SimWorld first(a, t0());
    SimWorld second(b, t0());
    QVERIFY(first.callCount() > 0);
    QVERIFY(second.callCount() > 0);
    QVERIFY(first.callIds() != second.callIds());
    QVERIFY(first.userId() != second.userId());
}

void TestSimWorld::historyReachesBack_data()
{
    QTest::addColumn<int>("days");
    QTest::newRow("default 60 days") << 60;
    QTest::newRow("10 days") << 10;
}

void TestSimWorld::historyReachesBack()
{
    QFETCH(int, days);
    SimConfig config;
    config.historyDays = days;
    SimWorld world(config, t0());
    QCOMPARE(world.now(), t0());

    QDateTime oldest = t0();
    int olderThan30Days = 0;
    int today = 0;
    const QStringList ids = world.callIds();
    for (const QString &id : ids) {
        const SimCall call = *world.call(id);
        QVERIFY2(call.createdAt <= t0(), qPrintable(id));
        oldest = std::min(oldest, call.createdAt);
        if (call.createdAt.daysTo(t0()) > 30)
            ++olderThan30Days;
        if (call.createdAt.secsTo(t0()) < 24 * 3600)
            ++today;
    }
    // Traffic starts right at the beginning of the history window (within a day) and runs up to now.
    QVERIFY2(oldest >= t0().addDays(-days), qPrintable(oldest.toString(Qt::ISODate)));
    QVERIFY2(oldest < t0().addDays(-days + 1), qPrintable(oldest.toString(Qt::ISODate)));
    QVERIFY(today > 20);
    if (days > 30)
        QVERIFY(olderThan30Days > 1000);
    else
        QCOMPARE(olderThan30Days, 0);

    // Batches are spread over the history too.
    const QStringList batches = world.batchIds();
    QVERIFY(batches.size() > days * 5);
    QVERIFY(world.batch(batches.first())->createdAt < t0().addDays(-days + 2));
}

// The history is generated at speed 1: timestamps and durations agree exactly.
void TestSimWorld::historyIsConsistentAtSpeedOne()
{
    SimConfig config;
    config.historyDays = 5;
    config.speed = 60; // applies from t0 on only
    SimWorld world(config, t0());
    int completed = 0;
    const QStringList ids = world.callIds();
    for (const QString &id : ids) {
        const SimCall call = *world.call(id);
        if (call.status != SimCallStatus::Completed || call.endedAt > t0())
            continue;
        ++completed;
        QVERIFY(call.connectedAt.isValid());
        QVERIFY(call.startTime <= call.connectedAt);
        QVERIFY(call.createdAt <= call.startTime);
        // endedAt - connectedAt == duration (to the millisecond rounding of the model).
        QVERIFY2(qAbs(call.connectedAt.msecsTo(call.endedAt) - qint64(*call.durationSeconds) * 1000) <= 1,
                 qPrintable(fingerprint(call)));
        // Ringing takes seconds, not minutes.
        QVERIFY(call.startTime.msecsTo(call.connectedAt) <= 15'000);
    }
    QVERIFY(completed > 100);
}

void TestSimWorld::errorMixPresent()
{
    SimConfig config;
    config.seed = 3;
    SimWorld world(config, t0());

    QHash<QString, int> errors;
    QHash<int, int> statuses; // by SimCallStatus
    int inbound = 0;
    const QStringList ids = world.callIds();
    for (const QString &id : ids) {
        const SimCall call = *world.call(id);
        statuses[static_cast<int>(call.status)] += 1;
        if (!call.error.isEmpty())
            errors[call.error] += 1;
        if (call.direction == SimDirection::Inbound)
            ++inbound;

        switch (call.status) {
        case SimCallStatus::Completed:
            QVERIFY(call.error.isEmpty());
            QVERIFY(call.durationSeconds && *call.durationSeconds >= 15 && *call.durationSeconds <= 1500);
            QVERIFY2(call.recordingUrl.startsWith(QLatin1String("https://recordings.dialgen.example/")) &&
                         call.recordingUrl.endsWith(QLatin1String(".mp3")),
                     qPrintable(call.recordingUrl));
            break;
        case SimCallStatus::Missed:
            QVERIFY(call.recordingUrl.isEmpty());
            QVERIFY2(call.error == QLatin1String("NO_ANSWER") || call.error == QLatin1String("BUSY") ||
                         call.error == QLatin1String("Call was not answered"),
                     qPrintable(call.error));
            break;
        case SimCallStatus::Failed:
            QVERIFY(call.recordingUrl.isEmpty());
            QVERIFY(!call.error.isEmpty());
            break;
        default:
            break;
        }
    }
    const int total = static_cast<int>(ids.size());
    QVERIFY(total > 10'000);
    // Mostly completed calls, but every kind of end is there.
    QVERIFY(statuses.value(static_cast<int>(SimCallStatus::Completed)) > total / 2);
    QVERIFY(statuses.value(static_cast<int>(SimCallStatus::Missed)) > total / 50);
    QVERIFY(statuses.value(static_cast<int>(SimCallStatus::Failed)) > total / 50);
    QVERIFY(errors.value(QStringLiteral("NO_ANSWER")) > 0);
    QVERIFY(errors.value(QStringLiteral("Call was not answered")) > 0);
    QVERIFY(errors.value(QStringLiteral("BUSY")) > 0);
    QVERIFY(errors.value(QStringLiteral("INVALID_NUMBER")) > 0);
    QVERIFY(errors.value(QStringLiteral("NETWORK_ERROR")) > 0);
    // Rare, but present over 60 days.
    QVERIFY(errors.value(QStringLiteral("INSUFFICIENT_CREDITS")) > 0);
    QVERIFY(errors.value(QStringLiteral("INSUFFICIENT_CREDITS")) < total / 100);
    QVERIFY(inbound > 0);
}

// Watch live traffic for a few hours: within an attempt the status only moves forward; a new attempt starts
// SCHEDULED with a newer startTime and follows a retryable end.
void TestSimWorld::lifecycleOnlyMovesForwardPerAttempt()
{
    SimConfig config;
    config.seed = 11;
    config.historyDays = 0;
    SimWorld world(config, t0());

    struct Seen
    {
        int attempt;
        SimCallStatus status;
        QDateTime startTime;
        QString error;
    };
    QHash<QString, Seen> seen;
    int retries = 0;
    int changes = 0;
    QString failure;
    connect(&world, &SimWorld::callCreated, this, [&](const QString &id) {
        const SimCall call = *world.call(id);
        if (call.status != SimCallStatus::Scheduled || call.attempt != 1)
            failure = QStringLiteral("created in ") + fingerprint(call);
        seen.insert(id, {call.attempt, call.status, call.startTime, call.error});
    });
    connect(&world, &SimWorld::callChanged, this, [&](const QString &id) {
        ++changes;
        const SimCall call = *world.call(id);
        const Seen before = seen.value(id);
        if (call.attempt == before.attempt) {
            if (rank(call.status) < rank(before.status) ||
                (isTerminal(before.status) && call.status != before.status))
                failure = QStringLiteral("moved backwards: ") + fingerprint(call);
        } else {
            ++retries;
            const bool retryable = before.error == QLatin1String("BUSY") ||
                                   before.error == QLatin1String("NO_ANSWER") ||
                                   before.error == QLatin1String("Call was not answered") ||
                                   before.error == QLatin1String("NETWORK_ERROR");
            if (call.attempt != before.attempt + 1 || call.status != SimCallStatus::Scheduled ||
                call.startTime <= before.startTime || !isTerminal(before.status) || !retryable)
                failure = QStringLiteral("bad new attempt: ") + fingerprint(call) +
                          QStringLiteral(" after ") + before.error;
        }
        seen.insert(id, {call.attempt, call.status, call.startTime, call.error});
    });

    for (int minute = 1; minute <= 8 * 60 && failure.isEmpty(); ++minute)
        world.advanceTo(t0().addSecs(minute * 60));
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QVERIFY(seen.size() > 50);
    QVERIFY(changes > seen.size());
    QVERIFY(retries > 5);
}

void TestSimWorld::retriesAfterDelay_data()
{
    QTest::addColumn<SimOutcome>("outcome");
    QTest::addColumn<double>("speed");
    QTest::addColumn<qint64>("expectedGapMs");
    QTest::addColumn<QStringList>("acceptedErrors");
    const QStringList busy{QStringLiteral("BUSY")};
    const QStringList noAnswer{QStringLiteral("NO_ANSWER"), QStringLiteral("Call was not answered")};
    QTest::newRow("busy, default busyDelay") << SimOutcome::Busy << 1.0 << qint64(300'000) << busy;
    QTest::newRow("no answer, default noAnswerDelay")
        << SimOutcome::NoAnswer << 1.0 << qint64(3'600'000) << noAnswer;
    QTest::newRow("busy at speed 60") << SimOutcome::Busy << 60.0 << qint64(5'000) << busy;
    QTest::newRow("no answer at speed 60") << SimOutcome::NoAnswer << 60.0 << qint64(60'000) << noAnswer;
}

void TestSimWorld::retriesAfterDelay()
{
    QFETCH(SimOutcome, outcome);
    QFETCH(double, speed);
    QFETCH(qint64, expectedGapMs);
    QFETCH(QStringList, acceptedErrors);

    SimConfig config = quietConfig();
    config.speed = speed;
    SimWorld world(config, t0());
    BatchOptions options; // default retry strategy: 3 attempts, 1 h / 5 min
    options.outcome = outcome;
    const QString batchId = world.createBatch(1, options);
    const QString callId = world.batch(batchId)->callIds.constFirst();
    QCOMPARE(world.call(callId)->retry.maxAttempts, 3);

    const QDateTime limit = t0().addDays(1);
    QDateTime previousStart;
    for (int attempt = 1; attempt <= 3; ++attempt) {
        QVERIFY(advanceUntil(world, 500, limit, [&] {
            const SimCall call = *world.call(callId);
            return call.attempt == attempt && call.status == SimCallStatus::Missed;
        }));
        const SimCall ended = *world.call(callId);
        QVERIFY2(acceptedErrors.contains(ended.error), qPrintable(ended.error));
        QVERIFY(ended.recordingUrl.isEmpty());
        if (previousStart.isValid())
            QVERIFY(ended.startTime > previousStart);
        previousStart = ended.startTime;
        if (attempt == 3) {
            QVERIFY(!ended.retryPending()); // attempts exhausted: final
            break;
        }
        QVERIFY(ended.retryPending());
        QCOMPARE(ended.endedAt.msecsTo(ended.nextAttemptAt), expectedGapMs);

        // Just before the delay: still the same attempt, still MISSED.
        world.advanceTo(ended.nextAttemptAt.addMSecs(-1));
        QCOMPARE(world.call(callId)->attempt, attempt);
        QCOMPARE(world.call(callId)->status, SimCallStatus::Missed);
        // At the delay: a new attempt, SCHEDULED again, no error, dialled later.
        world.advanceTo(ended.nextAttemptAt);
        const SimCall retried = *world.call(callId);
        QCOMPARE(retried.attempt, attempt + 1);
        QCOMPARE(retried.status, SimCallStatus::Scheduled);
        QVERIFY(retried.error.isEmpty());
        QVERIFY(!retried.durationSeconds);
        QVERIFY(retried.startTime >= ended.nextAttemptAt);
    }
    world.advanceTo(limit);
    QCOMPARE(world.call(callId)->attempt, 3);
    QCOMPARE(world.batch(batchId)->status, QStringLiteral("completed"));
    QCOMPARE(world.batch(batchId)->failed, 1);
}

void TestSimWorld::nonRetryableErrorsAreFinal()
{
    SimWorld world(quietConfig(), t0());
    BatchOptions options;
    options.outcome = SimOutcome::InvalidNumber;
    const QString batchId = world.createBatch(3, options);
    world.advanceTo(t0().addSecs(2 * 3600));
    const SimBatch batch = *world.batch(batchId);
    QCOMPARE(batch.status, QStringLiteral("completed"));
    for (const QString &id : batch.callIds) {
        const SimCall call = *world.call(id);
        QCOMPARE(call.status, SimCallStatus::Failed);
        QCOMPARE(call.error, QStringLiteral("INVALID_NUMBER"));
        QCOMPARE(call.attempt, 1);
        QVERIFY(!call.retryPending());
        QVERIFY(!call.connectedAt.isValid()); // never answered: never ONGOING
    }
}

// At speed 60 a 180 s conversation takes 3 wall seconds but still reports duration 180.
void TestSimWorld::speedScalesDelaysNotDurations()
{
    SimConfig config = quietConfig();
    config.speed = 60;
    SimWorld world(config, t0());
    CallOptions options;
    options.outcome = SimOutcome::Answered;
    options.talkSeconds = 180;
    options.startDelayMs = 0;
    const QString id = world.createCall(options);
    QCOMPARE(world.call(id)->status, SimCallStatus::Scheduled);
    QCOMPARE(world.call(id)->startTime, t0());

    // Ringing (3..15 model s) takes at most 250 wall ms.
    world.advanceTo(t0().addMSecs(250));
    const SimCall ongoing = *world.call(id);
    QCOMPARE(ongoing.status, SimCallStatus::Ongoing);
    QVERIFY(!ongoing.durationSeconds);

    world.advanceTo(ongoing.connectedAt.addMSecs(2999));
    QCOMPARE(world.call(id)->status, SimCallStatus::Ongoing);
    world.advanceTo(ongoing.connectedAt.addMSecs(3000));
    const SimCall done = *world.call(id);
    QCOMPARE(done.status, SimCallStatus::Completed);
    QCOMPARE(done.durationSeconds, std::optional<int>(180));
    QCOMPARE(done.endedAt, ongoing.connectedAt.addMSecs(3000));
}

void TestSimWorld::setSpeedRescalesPendingDelays()
{
    SimWorld world(quietConfig(), t0());
    BatchOptions options;
    options.outcome = SimOutcome::Busy;
    const QString batchId = world.createBatch(1, options);
    const QString id = world.batch(batchId)->callIds.constFirst();
    QVERIFY(advanceUntil(world, 1000, t0().addSecs(600), [&] { return world.call(id)->retryPending(); }));
    const SimCall missed = *world.call(id);
    QCOMPARE(missed.endedAt.msecsTo(missed.nextAttemptAt), 300'000);

    // Half way through the 5 min delay, run 10x faster: the remaining 150 s take 15 s.
    const QDateTime half = missed.endedAt.addSecs(150);
    world.advanceTo(half);
    world.setSpeed(10);
    QCOMPARE(world.speed(), 10.0);
    QCOMPARE(world.call(id)->nextAttemptAt, half.addSecs(15));
    world.advanceTo(half.addSecs(15));
    QCOMPARE(world.call(id)->attempt, 2);
    QCOMPARE(world.call(id)->status, SimCallStatus::Scheduled);

    world.setSpeed(0);    // ignored
    world.setSpeed(-3.0); // ignored
    QCOMPARE(world.speed(), 10.0);
}

void TestSimWorld::forceStatus()
{
    SimWorld world(quietConfig(), t0());
    CallOptions options;
    options.outcome = SimOutcome::Answered;
    options.startDelayMs = 60'000;
    options.retry.maxAttempts = 2;
    const QString id = world.createCall(options);

    QVERIFY(!world.forceStatus(QStringLiteral("no-such-call"), SimCallStatus::Ongoing));
    QVERIFY(world.forceStatus(id, SimCallStatus::Ongoing));
    QCOMPARE(world.call(id)->status, SimCallStatus::Ongoing);
    QCOMPARE(world.call(id)->startTime, t0());                 // dialled now, not at the planned time
    QVERIFY(!world.forceStatus(id, SimCallStatus::Scheduled)); // backwards within the attempt

    world.advanceTo(t0().addSecs(20));
    QVERIFY(world.forceStatus(id, SimCallStatus::Missed, QStringLiteral("BUSY")));
    SimCall call = *world.call(id);
    QCOMPARE(call.status, SimCallStatus::Missed);
    QCOMPARE(call.error, QStringLiteral("BUSY"));
    QCOMPARE(call.durationSeconds, std::optional<int>(20));
    QVERIFY(call.retryPending());
    QCOMPARE(call.nextAttemptAt, t0().addSecs(20 + 300));
    QVERIFY(!world.forceStatus(id, SimCallStatus::Completed)); // this attempt is over
    QVERIFY(!world.forceStatus(id, SimCallStatus::Ongoing));

    // The planned outcome was "answered": attempt 2 completes on its own (pending events of attempt 1 were
    // dropped, so nothing from the forced attempt leaks into it).
    world.advanceTo(t0().addSecs(3 * 3600));
    call = *world.call(id);
    QCOMPARE(call.attempt, 2);
    QCOMPARE(call.status, SimCallStatus::Completed);
    QVERIFY(call.startTime >= t0().addSecs(320));

    // A terminal call can be started again by hand.
    QVERIFY(world.forceStatus(id, SimCallStatus::Scheduled));
    QCOMPARE(world.call(id)->attempt, 3);
    QCOMPARE(world.call(id)->status, SimCallStatus::Scheduled);
    QVERIFY(world.forceStatus(id, SimCallStatus::Failed, QStringLiteral("INSUFFICIENT_CREDITS")));
    QVERIFY(!world.call(id)->retryPending());
}

void TestSimWorld::batchLifecycleAndStatistics()
{
    SimWorld world(quietConfig(), t0());
    BatchOptions options;
    options.outcome = SimOutcome::Answered;
    options.talkSeconds = 60;
    options.startDelayMs = 10 * 60'000;
    options.dialSpacingMs = 5'000;
    options.priority = QStringLiteral("high");
    const QString id = world.createBatch(20, options);

    SimBatch batch = *world.batch(id);
    QCOMPARE(batch.status, QStringLiteral("ingesting"));
    QCOMPARE(batch.total, 20);
    QCOMPARE(batch.callIds.size(), 20);
    QCOMPARE(batch.pending, 20);
    QCOMPARE(batch.priority, QStringLiteral("high"));
    QCOMPARE(batch.createdAt, t0());
    QVERIFY(!batch.startedAt.isValid());
    QVERIFY(batch.userId == world.userId());

    world.advanceTo(t0().addSecs(60));
    QCOMPARE(world.batch(id)->status, QStringLiteral("scheduled"));
    world.advanceTo(t0().addSecs(11 * 60));
    batch = *world.batch(id);
    QCOMPARE(batch.status, QStringLiteral("processing"));
    QVERIFY(batch.startedAt.isValid());
    QVERIFY(batch.ongoing > 0);
    QCOMPARE(batch.processed + batch.pending, batch.total);

    world.advanceTo(t0().addSecs(3600));
    batch = *world.batch(id);
    QCOMPARE(batch.status, QStringLiteral("completed"));
    QCOMPARE(batch.succeeded, 20);
    QCOMPARE(batch.processed, 20);
    QCOMPARE(batch.pending, 0);
    QVERIFY(batch.completedAt.isValid());
    QVERIFY(batch.completedAt > batch.startedAt);
}

void TestSimWorld::cancelBatch()
{
    SimWorld world(quietConfig(), t0());
    BatchOptions options;
    options.outcome = SimOutcome::Answered;
    options.talkSeconds = 600;
    options.dialSpacingMs = 60'000;
    const QString id = world.createBatch(10, options);
    world.advanceTo(t0().addSecs(40)); // first call ongoing (dialled at ~2 s), the others waiting
    SimBatch batch = *world.batch(id);
    QCOMPARE(batch.ongoing, 1);

    QCOMPARE(world.cancelBatch(QStringLiteral("nope")), -1);
    QCOMPARE(world.cancelBatch(id), 9);
    batch = *world.batch(id);
    QCOMPARE(batch.status, QStringLiteral("cancelled"));
    QVERIFY(batch.cancelled);
    QCOMPARE(batch.failed, 9);
    int cancelled = 0;
    for (const QString &callId : batch.callIds) {
        const SimCall call = *world.call(callId);
        if (call.status == SimCallStatus::Failed) {
            QCOMPARE(call.error, QStringLiteral("Batch was cancelled"));
            ++cancelled;
        }
    }
    QCOMPARE(cancelled, 9);
    QCOMPARE(world.cancelBatch(id), 0);

    // The ongoing call finishes normally; nothing else is ever dialled.
    world.advanceTo(t0().addSecs(4 * 3600));
    batch = *world.batch(id);
    QCOMPARE(batch.succeeded, 1);
    QCOMPARE(batch.pending, 0);
    QCOMPARE(batch.status, QStringLiteral("cancelled"));
    QVERIFY(batch.completedAt.isValid());
}

void TestSimWorld::signalsForCreationAndChanges()
{
    SimWorld world(quietConfig(), t0());
    QSignalSpy batchCreated(&world, &SimWorld::batchCreated);
    QSignalSpy callCreated(&world, &SimWorld::callCreated);
    QSignalSpy callChanged(&world, &SimWorld::callChanged);
    QSignalSpy batchChanged(&world, &SimWorld::batchChanged);

    BatchOptions options;
    options.outcome = SimOutcome::Answered;
    const QString batchId = world.createBatch(3, options);
    QCOMPARE(batchCreated.count(), 1);
    QCOMPARE(batchCreated.at(0).at(0).toString(), batchId);
    QCOMPARE(callCreated.count(), 3);
    for (const QList<QVariant> &args : std::as_const(callCreated)) {
        QCOMPARE(args.at(1).toString(), batchId);
        QVERIFY(world.hasCall(args.at(0).toString()));
    }

    const QString single = world.createCall();
    QCOMPARE(callCreated.count(), 4);
    QCOMPARE(callCreated.last().at(0).toString(), single);
    QVERIFY(callCreated.last().at(1).toString().isEmpty());
    QCOMPARE(callChanged.count(), 0);

    world.advanceTo(t0().addSecs(3600));
    // Each batch call changed at least twice (ONGOING, COMPLETED).
    QVERIFY(callChanged.count() >= 6);
    QVERIFY(batchChanged.count() >= 3);
    QStringList changedIds;
    for (const QList<QVariant> &args : std::as_const(callChanged))
        changedIds.append(args.at(0).toString());
    const QStringList batchCalls = world.batch(batchId)->callIds;
    for (const QString &id : batchCalls)
        QVERIFY(changedIds.count(id) >= 2);
}

void TestSimWorld::transcriptMetricsAndSummary()
{
    SimWorld world(quietConfig(), t0());
    CallOptions options;
    options.outcome = SimOutcome::Answered;
    options.talkSeconds = 240;
    options.startDelayMs = 0;
    const QString id = world.createCall(options);
    QVERIFY(world.transcript(id).isEmpty());
    QVERIFY(!world.metrics(id));

    QVERIFY(advanceUntil(world, 1000, t0().addSecs(60),
                         [&] { return world.call(id)->status == SimCallStatus::Ongoing; }));
    world.advanceTo(world.call(id)->connectedAt.addSecs(60)); // a quarter of the call
    const QList<SimTranscriptLine> partial = world.transcript(id);
    QVERIFY(!partial.isEmpty());
    QVERIFY(world.summary(id).isEmpty());

    world.advanceTo(t0().addSecs(600));
    QCOMPARE(world.call(id)->status, SimCallStatus::Completed);
    const QList<SimTranscriptLine> full = world.transcript(id);
    QVERIFY(full.size() > partial.size());
    QVERIFY(full.size() >= 8);
    for (qsizetype i = 0; i < partial.size(); ++i)
        QCOMPARE(full.at(i).content, partial.at(i).content); // live transcript grows, never rewrites
    for (const SimTranscriptLine &line : full) {
        QVERIFY(line.role == QLatin1String("assistant") || line.role == QLatin1String("user"));
        QVERIFY(!line.content.isEmpty());
    }
    QCOMPARE(full.constFirst().role, QStringLiteral("assistant"));
    QVERIFY(!world.summary(id).isEmpty());
    const std::optional<SimMetrics> metrics = world.metrics(id);
    QVERIFY(metrics);
    QVERIFY(QStringList({QStringLiteral("positive"), QStringLiteral("neutral"), QStringLiteral("negative")})
                .contains(metrics->sentiment));
    QVERIFY(metrics->confidence >= 0 && metrics->confidence <= 1);
    QVERIFY(!metrics->intent.isEmpty());
    QVERIFY(!metrics->keyPoints.isEmpty());
    QVERIFY(!metrics->actionItems.isEmpty());
}

void TestSimWorld::timeNeverGoesBack()
{
    SimWorld world(quietConfig(), t0());
    world.advanceTo(t0().addSecs(100));
    world.advanceTo(t0().addSecs(50));
    QCOMPARE(world.now(), t0().addSecs(100));
    world.advanceTo(QDateTime());
    QCOMPARE(world.now(), t0().addSecs(100));
    QVERIFY(!world.nextEventTime().isValid()); // nothing pending in an empty world
}

void TestSimWorld::openingBatch()
{
    SimConfig config = quietConfig();
    config.openingBatchSize = 12;
    config.speed = 30;
    SimWorld world(config, t0());
    QCOMPARE(world.batchCount(), 1);
    const SimBatch batch = *world.batch(world.batchIds().constFirst());
    QCOMPARE(batch.total, 12);
    QCOMPARE(batch.createdAt, t0());
    QCOMPARE(batch.status, QStringLiteral("ingesting"));
    // Dialled at the configured speed: ingestion (2.24 model s) and 11 gaps of 10 model s take < 4 wall s.
    world.advanceTo(t0().addSecs(4));
    for (const QString &id : batch.callIds)
        QVERIFY(world.call(id)->startTime <= t0().addSecs(4));
}

QTEST_GUILESS_MAIN(TestSimWorld)
#include "tst_simworld.moc"
