#include "simworld.h"

#include "simcontent.h"
#include "simrandom.h"

#include <QHash>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace cw::sim {

QString callStatusName(SimCallStatus status)
{
    switch (status) {
    case SimCallStatus::Scheduled:
        return QStringLiteral("SCHEDULED");
    case SimCallStatus::Ongoing:
        return QStringLiteral("ONGOING");
    case SimCallStatus::Completed:
        return QStringLiteral("COMPLETED");
    case SimCallStatus::Missed:
        return QStringLiteral("MISSED");
    case SimCallStatus::Failed:
        return QStringLiteral("FAILED");
    }
    return QStringLiteral("UNKNOWN");
}

bool isTerminal(SimCallStatus status)
{
    return status == SimCallStatus::Completed || status == SimCallStatus::Missed ||
           status == SimCallStatus::Failed;
}

namespace {

constexpr qint64 kNever = std::numeric_limits<qint64>::min(); // a null point in time
constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60 * kSecond;
constexpr qint64 kDay = 24 * 60 * kMinute;

// Keys of the independent random streams (see SimRandom::streamSeed).
enum Purpose : quint64
{
    IdentityStream = 1, // a call's ids, contact, number
    AttemptStream = 2,  // the plan of one attempt
    TrafficStream = 3,  // arrivals of auto traffic
    AccountStream = 4,  // user id, agent ids
    BatchStream = 5,    // a batch's id and settings
    MetricsStream = 6,  // metric values of a conversation
};

QDateTime toDateTime(qint64 ms)
{
    if (ms == kNever)
        return {};
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::UTC);
#else
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
#endif
}

QString randomString(SimRandom &random, const char *alphabet, int alphabetSize, int length)
{
    QString out;
    out.reserve(length);
    for (int i = 0; i < length; ++i)
        out.append(QLatin1Char(alphabet[random.range(0, alphabetSize - 1)]));
    return out;
}

QString base36(SimRandom &random, int length)
{
    return randomString(random, "0123456789abcdefghijklmnopqrstuvwxyz", 36, length);
}

QString hex(SimRandom &random, int length)
{
    return randomString(random, "0123456789abcdef", 16, length);
}

const QString &noAnswerProse()
{
    static const QString text = QStringLiteral("Call was not answered");
    return text;
}

// What an attempt will do, decided when it is scheduled.
struct AttemptPlan
{
    SimOutcome outcome = SimOutcome::Answered;
    qint64 ringMs = 0;          // model ms from the dial to the answer (or to giving up)
    int talkSeconds = 0;        // answered: the conversation; dropped NETWORK_ERROR: time until the drop
    bool connects = false;      // passes through ONGOING
    bool reportRinging = false; // NO_ANSWER: report the ringing seconds as `duration`
    bool proseError = false;    // NO_ANSWER: "Call was not answered" instead of the code
    bool retryable = false;     // NETWORK_ERROR: whether Dialgen retries this one
    quint64 contentSeed = 0;    // conversation, summary, metrics
};

struct CallRecord
{
    QString id;
    QString batchId;
    QString contactId;
    QString contactName;
    QString phoneNumber;
    QString callSid;
    int agent = 0;  // index into content::agentProfiles()
    int batch = -1; // index into batches
    SimDirection direction = SimDirection::Outbound;
    SimCallStatus status = SimCallStatus::Scheduled;
    QString error;
    int attempt = 1;
    qint64 createdAt = kNever;
    qint64 startTime = kNever;
    qint64 connectedAt = kNever;
    qint64 endedAt = kNever;
    qint64 updatedAt = kNever;
    qint64 nextAttemptAt = kNever;
    int duration = -1; // seconds; -1 = null
    RetryStrategy retry;
    quint64 serial = 0; // key of the call's random streams
    std::optional<SimOutcome> forcedOutcome;
    std::optional<int> forcedTalk;
    bool invalidNumber = false;
    bool cancelled = false; // its batch was cancelled: no further attempts
    quint32 epoch = 0;      // bumped when pending events of the call must be ignored
    AttemptPlan plan;
};

// Where a call stands for its batch's statistics.
enum Category : int
{
    Queued = 0,       // SCHEDULED
    Active = 1,       // ONGOING
    WaitingRetry = 2, // terminal, another attempt pending
    Succeeded = 3,    // final COMPLETED
    FailedFinal = 4,  // final MISSED / FAILED
    CategoryCount = 5,
};

struct BatchRecord
{
    QString id;
    int agent = 0;
    QString priority;
    QString webhookUrl;
    qint64 createdAt = kNever;
    qint64 ingestedAt = kNever;
    qint64 firstDialAt = kNever;
    qint64 completedAt = kNever;
    qint64 cancelledAt = kNever;
    RetryStrategy retry;
    bool cancelled = false;
    std::vector<int> calls;
    QStringList callIds;
    int counts[CategoryCount] = {};

    int unfinished() const { return counts[Queued] + counts[Active] + counts[WaitingRetry]; }
};

enum class EventKind : quint8
{
    SingleArrival,  // auto traffic: next single call
    BatchArrival,   // auto traffic: next batch
    BatchMilestone, // a batch finished ingesting / starts dialling (status changes)
    Connect,        // the callee answers
    End,            // the attempt ends
    RetryDue,       // the next attempt is queued
};

struct Event
{
    qint64 due = 0;
    quint64 seq = 0; // ties are handled in scheduling order
    EventKind kind = EventKind::End;
    int index = -1; // call or batch index
    quint32 epoch = 0;
};

// std heap functions keep the largest element first: "larger" = due later.
struct EventLater
{
    bool operator()(const Event &a, const Event &b) const
    {
        return a.due != b.due ? a.due > b.due : a.seq > b.seq;
    }
};

} // namespace

struct SimWorld::Private
{
    SimWorld *q = nullptr;
    SimConfig config;
    double speed = 1.0;
    qint64 now = 0;
    bool quiet = false; // no signals while the history is generated
    QString userId;
    QStringList agentIds;
    std::vector<CallRecord> calls;
    std::vector<BatchRecord> batches;
    QHash<QString, int> callIndex;
    QHash<QString, int> batchIndex;
    std::vector<Event> queue; // a heap ordered by EventLater
    quint64 nextSeq = 0;
    quint64 nextCallSerial = 1;
    quint64 nextBatchSerial = 1;
    SimRandom traffic{0};

    // Wall milliseconds that `modelMs` of model time take at the current speed.
    qint64 wall(qint64 modelMs) const
    {
        return std::max<qint64>(0, std::llround(static_cast<double>(modelMs) / speed));
    }

    void schedule(qint64 due, EventKind kind, int index, quint32 epoch = 0)
    {
        queue.push_back(Event{due, nextSeq++, kind, index, epoch});
        std::push_heap(queue.begin(), queue.end(), EventLater{});
    }

    void run(qint64 until);
    void handle(const Event &event);

    // calls
    struct CallSpec
    {
        QString phoneNumber;
        QString contactName;
        SimDirection direction = SimDirection::Outbound;
        RetryStrategy retry;
        std::optional<SimOutcome> outcome;
        std::optional<int> talkSeconds;
        int agent = -1;
    };
    int addCall(int batch, const CallSpec &spec);
    void planAttempt(CallRecord &call);
    void startAttempt(int index, qint64 dialAt);
    void connect(int index);
    void finishAttempt(int index, SimCallStatus status, const QString &error, int duration, bool retry,
                       qint64 retryDelayModelMs);
    void endAsPlanned(int index);
    void startRetry(int index);
    static int category(const CallRecord &call);
    // Returns true when this change completed the call's (not cancelled) batch.
    bool recount(const CallRecord &call, int before);
    void callChanged(const CallRecord &call)
    {
        if (!quiet)
            Q_EMIT q->callChanged(call.id);
    }

    // batches
    struct BatchSpec
    {
        int size = 1;
        BatchOptions options;
        int agent = -1;
        QString webhookUrl;
    };
    int addBatch(const BatchSpec &spec);
    QString batchStatus(const BatchRecord &batch) const;

    // auto traffic
    void scheduleNextSingle(qint64 from);
    void scheduleNextBatch(qint64 from);
    void trafficSingle();
    void trafficBatch();

    SimCall snapshot(const CallRecord &call) const;
    SimBatch snapshot(const BatchRecord &batch) const;
    QString recordingUrl(const CallRecord &call) const;
    content::Tone tone(const CallRecord &call) const;
};

// ---------------------------------------------------------------------------------------------------------
// Event loop

void SimWorld::Private::run(qint64 until)
{
    while (!queue.empty() && queue.front().due <= until) {
        std::pop_heap(queue.begin(), queue.end(), EventLater{});
        const Event event = queue.back();
        queue.pop_back();
        now = std::max(now, event.due);
        handle(event);
    }
    now = std::max(now, until);
}

void SimWorld::Private::handle(const Event &event)
{
    switch (event.kind) {
    case EventKind::SingleArrival:
        trafficSingle();
        return;
    case EventKind::BatchArrival:
        trafficBatch();
        return;
    case EventKind::BatchMilestone:
        if (!quiet)
            Q_EMIT q->batchChanged(batches[event.index].id);
        return;
    case EventKind::Connect:
    case EventKind::End:
    case EventKind::RetryDue:
        break;
    }

    CallRecord &call = calls[event.index];
    if (event.epoch != call.epoch)
        return; // superseded by forceStatus() or a cancellation
    switch (event.kind) {
    case EventKind::Connect:
        if (call.status == SimCallStatus::Scheduled)
            connect(event.index);
        break;
    case EventKind::End:
        if (!isTerminal(call.status))
            endAsPlanned(event.index);
        break;
    case EventKind::RetryDue:
        if (call.nextAttemptAt != kNever)
            startRetry(event.index);
        break;
    default:
        break;
    }
}

// ---------------------------------------------------------------------------------------------------------
// Calls

int SimWorld::Private::addCall(int batch, const CallSpec &spec)
{
    CallRecord call;
    call.serial = nextCallSerial++;
    SimRandom random(SimRandom::streamSeed(config.seed, IdentityStream, call.serial));

    call.direction = spec.direction;
    call.batch = batch;
    if (batch >= 0)
        call.batchId = batches[batch].id;
    do {
        if (batch >= 0)
            call.id = QStringLiteral("clx") + base36(random, 22); // cuid-like
        else if (spec.direction == SimDirection::Inbound)
            call.id = QStringLiteral("CA") + hex(random, 32); // the provider's call SID
        else
            call.id = QStringLiteral("call_") + QString::number(random.range(100'000, 999'999'999));
    } while (callIndex.contains(call.id));
    call.callSid = spec.direction == SimDirection::Inbound ? call.id : QStringLiteral("CA") + hex(random, 32);
    call.contactId = QStringLiteral("contact_") + QString::number(random.range(1000, 9'999'999));
    call.contactName = spec.contactName.isEmpty() ? content::personName(random) : spec.contactName;
    // About 3% of contact lists carry a number no carrier accepts.
    call.invalidNumber =
        spec.phoneNumber.isEmpty() && spec.direction == SimDirection::Outbound && random.chance(0.03);
    if (!spec.phoneNumber.isEmpty())
        call.phoneNumber = spec.phoneNumber;
    else
        call.phoneNumber =
            call.invalidNumber ? content::invalidPhoneNumber(random) : content::phoneNumber(random);
    call.agent =
        spec.agent >= 0 ? spec.agent : static_cast<int>(random.range(0, content::agentProfiles().size() - 1));
    call.retry = spec.retry;
    call.retry.maxAttempts = std::clamp(call.retry.maxAttempts, 1, 5);
    call.forcedOutcome = spec.outcome;
    call.forcedTalk = spec.talkSeconds;
    call.createdAt = now;
    call.updatedAt = now;

    const int index = static_cast<int>(calls.size());
    callIndex.insert(call.id, index);
    calls.push_back(std::move(call));
    if (batch >= 0) {
        batches[batch].calls.push_back(index);
        batches[batch].callIds.append(calls[index].id);
        batches[batch].counts[Queued] += 1;
    }
    return index;
}

void SimWorld::Private::planAttempt(CallRecord &call)
{
    SimRandom random(SimRandom::streamSeed(config.seed, AttemptStream, call.serial, call.attempt));
    AttemptPlan plan;
    plan.contentSeed = random.next();

    if (call.forcedOutcome) {
        plan.outcome = *call.forcedOutcome;
    } else if (call.invalidNumber) {
        plan.outcome = SimOutcome::InvalidNumber;
    } else if (call.direction == SimDirection::Inbound) {
        plan.outcome = random.chance(0.05) ? SimOutcome::NetworkError : SimOutcome::Answered;
    } else {
        // Per-attempt mix for outbound calls to valid numbers.
        const double u = random.uniform();
        if (u < 0.004)
            plan.outcome = SimOutcome::InsufficientCredits;
        else if (u < 0.05)
            plan.outcome = SimOutcome::NetworkError;
        else if (u < 0.14)
            plan.outcome = SimOutcome::Busy;
        else if (u < 0.32)
            plan.outcome = SimOutcome::NoAnswer;
        else
            plan.outcome = SimOutcome::Answered;
    }

    const bool inbound = call.direction == SimDirection::Inbound;
    switch (plan.outcome) {
    case SimOutcome::Answered:
        plan.connects = true;
        plan.ringMs = inbound ? random.range(500, 3000) : random.range(3000, 15000);
        plan.talkSeconds =
            call.forcedTalk
                ? std::max(1, *call.forcedTalk)
                : static_cast<int>(std::clamp<long>(std::lround(random.logNormal(110, 0.7)), 15, 1500));
        break;
    case SimOutcome::NoAnswer:
        plan.ringMs = random.range(20000, 45000);
        plan.reportRinging = random.chance(0.4);
        plan.proseError = random.chance(0.5);
        break;
    case SimOutcome::Busy:
        plan.ringMs = random.range(2000, 6000);
        break;
    case SimOutcome::InvalidNumber:
        plan.ringMs = random.range(500, 2000);
        break;
    case SimOutcome::InsufficientCredits:
        plan.ringMs = random.range(200, 800);
        break;
    case SimOutcome::NetworkError:
        // Half of them never connect, the other half drop in the middle of the conversation.
        plan.connects = random.chance(0.5);
        plan.ringMs = plan.connects ? random.range(3000, 12000) : random.range(5000, 20000);
        plan.talkSeconds = plan.connects ? static_cast<int>(random.range(5, 120)) : 0;
        plan.retryable = random.chance(0.5);
        break;
    }
    call.plan = plan;
}

void SimWorld::Private::startAttempt(int index, qint64 dialAt)
{
    CallRecord &call = calls[index];
    call.startTime = dialAt;
    planAttempt(call);
    schedule(dialAt + wall(call.plan.ringMs), call.plan.connects ? EventKind::Connect : EventKind::End, index,
             call.epoch);
}

void SimWorld::Private::connect(int index)
{
    CallRecord &call = calls[index];
    const int before = category(call);
    call.status = SimCallStatus::Ongoing;
    call.connectedAt = now;
    call.updatedAt = now;
    schedule(now + wall(qint64(call.plan.talkSeconds) * kSecond), EventKind::End, index, call.epoch);
    recount(call, before);
    callChanged(call);
}

void SimWorld::Private::endAsPlanned(int index)
{
    const CallRecord &call = calls[index];
    const AttemptPlan &plan = call.plan;
    const RetryStrategy &retry = call.retry;
    switch (plan.outcome) {
    case SimOutcome::Answered:
        finishAttempt(index, SimCallStatus::Completed, {}, plan.talkSeconds, false, 0);
        return;
    case SimOutcome::NoAnswer:
        finishAttempt(
            index, SimCallStatus::Missed, plan.proseError ? noAnswerProse() : QStringLiteral("NO_ANSWER"),
            plan.reportRinging ? static_cast<int>(plan.ringMs / kSecond) : -1, true, retry.noAnswerDelayMs);
        return;
    case SimOutcome::Busy:
        finishAttempt(index, SimCallStatus::Missed, QStringLiteral("BUSY"), -1, true, retry.busyDelayMs);
        return;
    case SimOutcome::InvalidNumber:
        finishAttempt(index, SimCallStatus::Failed, QStringLiteral("INVALID_NUMBER"), -1, false, 0);
        return;
    case SimOutcome::InsufficientCredits:
        finishAttempt(index, SimCallStatus::Failed, QStringLiteral("INSUFFICIENT_CREDITS"), -1, false, 0);
        return;
    case SimOutcome::NetworkError:
        finishAttempt(index, SimCallStatus::Failed, QStringLiteral("NETWORK_ERROR"),
                      plan.connects ? plan.talkSeconds : -1, plan.retryable, retry.busyDelayMs);
        return;
    }
}

void SimWorld::Private::finishAttempt(int index, SimCallStatus status, const QString &error, int duration,
                                      bool retry, qint64 retryDelayModelMs)
{
    CallRecord &call = calls[index];
    const int before = category(call);
    call.status = status;
    call.error = error;
    call.duration = duration;
    call.endedAt = now;
    call.updatedAt = now;
    call.nextAttemptAt = kNever;
    const bool batchCancelled = call.batch >= 0 && batches[call.batch].cancelled;
    if (retry && !call.cancelled && !batchCancelled && call.attempt < call.retry.maxAttempts) {
        call.nextAttemptAt = now + wall(retryDelayModelMs);
        schedule(call.nextAttemptAt, EventKind::RetryDue, index, call.epoch);
    }
    const bool batchCompleted = recount(call, before);
    callChanged(call);
    if (!quiet) {
        Q_EMIT q->callEnded(call.id);
        if (batchCompleted)
            Q_EMIT q->batchCompleted(batches[call.batch].id);
    }
}

void SimWorld::Private::startRetry(int index)
{
    CallRecord &call = calls[index];
    const int before = category(call);
    call.attempt += 1;
    call.status = SimCallStatus::Scheduled;
    call.error.clear();
    call.duration = -1;
    call.connectedAt = kNever;
    call.endedAt = kNever;
    call.nextAttemptAt = kNever;
    call.updatedAt = now;
    // The new attempt waits a few seconds in the dialler queue.
    SimRandom random(SimRandom::streamSeed(config.seed, AttemptStream, call.serial, 1000 + call.attempt));
    startAttempt(index, now + wall(random.range(2000, 10000)));
    recount(call, before);
    callChanged(call);
}

int SimWorld::Private::category(const CallRecord &call)
{
    switch (call.status) {
    case SimCallStatus::Scheduled:
        return Queued;
    case SimCallStatus::Ongoing:
        return Active;
    default:
        if (call.nextAttemptAt != kNever)
            return WaitingRetry;
        return call.status == SimCallStatus::Completed ? Succeeded : FailedFinal;
    }
}

bool SimWorld::Private::recount(const CallRecord &call, int before)
{
    if (call.batch < 0)
        return false;
    const int after = category(call);
    if (after == before)
        return false;
    BatchRecord &batch = batches[call.batch];
    batch.counts[before] -= 1;
    batch.counts[after] += 1;
    bool completed = false;
    if (batch.unfinished() > 0) {
        batch.completedAt = kNever; // a forced new attempt can reopen a batch
    } else if (batch.completedAt == kNever) {
        batch.completedAt = now;
        completed = !batch.cancelled;
    }
    if (!quiet)
        Q_EMIT q->batchChanged(batch.id);
    return completed;
}

// ---------------------------------------------------------------------------------------------------------
// Batches

int SimWorld::Private::addBatch(const BatchSpec &spec)
{
    BatchRecord batch;
    const quint64 serial = nextBatchSerial++;
    SimRandom random(SimRandom::streamSeed(config.seed, BatchStream, serial));
    do {
        batch.id = random.chance(0.5) ? QStringLiteral("batch_") + base36(random, 12)
                                      : QStringLiteral("clx") + base36(random, 22);
    } while (batchIndex.contains(batch.id));
    batch.agent =
        spec.agent >= 0 ? spec.agent : static_cast<int>(random.range(0, content::agentProfiles().size() - 1));
    batch.priority = spec.options.priority;
    batch.webhookUrl = spec.webhookUrl;
    batch.retry = spec.options.retry;
    batch.retry.maxAttempts = std::clamp(batch.retry.maxAttempts, 1, 5);
    batch.createdAt = now;
    // Ingestion takes a couple of seconds plus a little per contact.
    const int size = std::max(1, spec.size);
    batch.ingestedAt = now + wall(std::min<qint64>(2000 + qint64(size) * 20, 2 * kMinute));
    batch.firstDialAt = batch.ingestedAt + wall(std::max<qint64>(0, spec.options.startDelayMs));
    batch.calls.reserve(static_cast<size_t>(size));
    batch.callIds.reserve(size);

    const int index = static_cast<int>(batches.size());
    batchIndex.insert(batch.id, index);
    batches.push_back(std::move(batch));

    CallSpec callSpec;
    callSpec.retry = batches[index].retry;
    callSpec.outcome = spec.options.outcome;
    callSpec.talkSeconds = spec.options.talkSeconds;
    callSpec.agent = batches[index].agent;
    const qint64 spacing = std::max<qint64>(0, spec.options.dialSpacingMs);
    for (int i = 0; i < size; ++i) {
        const int added = addCall(index, callSpec);
        startAttempt(added, batches[index].firstDialAt + wall(spacing * i));
    }
    schedule(batches[index].ingestedAt, EventKind::BatchMilestone, index);
    if (batches[index].firstDialAt > batches[index].ingestedAt)
        schedule(batches[index].firstDialAt, EventKind::BatchMilestone, index);

    if (!quiet) {
        Q_EMIT q->batchCreated(batches[index].id);
        for (const int member : batches[index].calls)
            Q_EMIT q->callCreated(calls[member].id, batches[index].id);
    }
    return index;
}

QString SimWorld::Private::batchStatus(const BatchRecord &batch) const
{
    if (batch.cancelled)
        return QStringLiteral("cancelled");
    if (now < batch.ingestedAt)
        return QStringLiteral("ingesting");
    if (batch.unfinished() == 0)
        return QStringLiteral("completed");
    if (now < batch.firstDialAt)
        return QStringLiteral("scheduled");
    if (batch.counts[Queued] + batch.counts[Active] > 0)
        return QStringLiteral("processing");
    return QStringLiteral("pending"); // only retries waiting for their delay
}

// ---------------------------------------------------------------------------------------------------------
// Auto traffic

void SimWorld::Private::scheduleNextSingle(qint64 from)
{
    const double gap = traffic.exponential(std::max(1.0, config.singleCallMeanGapSeconds)) * kSecond;
    schedule(from + wall(std::llround(gap)), EventKind::SingleArrival, -1);
}

void SimWorld::Private::scheduleNextBatch(qint64 from)
{
    const double gap = traffic.exponential(std::max(1.0, config.batchMeanGapSeconds)) * kSecond;
    schedule(from + wall(std::llround(gap)), EventKind::BatchArrival, -1);
}

void SimWorld::Private::trafficSingle()
{
    CallSpec spec;
    spec.direction = traffic.chance(0.12) ? SimDirection::Inbound : SimDirection::Outbound;
    spec.retry.maxAttempts = 1;
    const int index = addCall(-1, spec);
    startAttempt(index, now + wall(traffic.range(1000, 8000)));
    if (!quiet)
        Q_EMIT q->callCreated(calls[index].id, QString());
    scheduleNextSingle(now);
}

void SimWorld::Private::trafficBatch()
{
    BatchSpec spec;
    const int lo = std::max(1, config.batchSizeMin);
    const int hi = std::max(lo, config.batchSizeMax);
    spec.size = static_cast<int>(traffic.range(lo, hi));
    if (traffic.chance(0.05))
        spec.size *= 4; // the occasional big campaign
    const double p = traffic.uniform();
    spec.options.priority = p < 0.7    ? QStringLiteral("normal")
                            : p < 0.85 ? QStringLiteral("high")
                                       : QStringLiteral("low");
    spec.options.dialSpacingMs = traffic.range(6000, 20000);
    if (traffic.chance(0.25))
        spec.options.startDelayMs = traffic.range(5, 45) * kMinute; // scheduled for a little later
    if (traffic.chance(0.2)) {
        // Some customers tune the retry strategy.
        spec.options.retry.maxAttempts = static_cast<int>(traffic.range(1, 5));
        spec.options.retry.busyDelayMs = traffic.range(1, 10) * kMinute;
        spec.options.retry.noAnswerDelayMs = traffic.range(15, 120) * kMinute;
    }
    const bool webhook = traffic.chance(0.5);
    const int index = addBatch(spec);
    if (webhook)
        batches[index].webhookUrl = QStringLiteral("https://hooks.example.com/dialgen/") + batches[index].id;
    scheduleNextBatch(now);
}

// ---------------------------------------------------------------------------------------------------------
// Snapshots and content

QString SimWorld::Private::recordingUrl(const CallRecord &call) const
{
    if (call.status != SimCallStatus::Completed)
        return {};
    return QStringLiteral("https://recordings.dialgen.example/") +
           toDateTime(call.endedAt).toString(QStringLiteral("yyyy/MM/dd/")) + call.id + QStringLiteral("-") +
           QString::number(call.attempt) + QStringLiteral(".mp3");
}

SimCall SimWorld::Private::snapshot(const CallRecord &call) const
{
    SimCall out;
    out.id = call.id;
    out.batchId = call.batchId;
    out.contactId = call.contactId;
    out.contactName = call.contactName;
    out.phoneNumber = call.phoneNumber;
    out.agentId = agentIds.at(call.agent);
    out.agentName = content::agentProfiles().at(call.agent).name;
    out.callSid = call.callSid;
    out.direction = call.direction;
    out.status = call.status;
    out.error = call.error;
    out.attempt = call.attempt;
    out.createdAt = toDateTime(call.createdAt);
    out.startTime = toDateTime(call.startTime);
    out.connectedAt = toDateTime(call.connectedAt);
    out.endedAt = toDateTime(call.endedAt);
    out.updatedAt = toDateTime(call.updatedAt);
    out.nextAttemptAt = toDateTime(call.nextAttemptAt);
    if (call.duration >= 0)
        out.durationSeconds = call.duration;
    out.recordingUrl = recordingUrl(call);
    out.retry = call.retry;
    return out;
}

SimBatch SimWorld::Private::snapshot(const BatchRecord &batch) const
{
    SimBatch out;
    out.id = batch.id;
    out.agentId = agentIds.at(batch.agent);
    out.agentName = content::agentProfiles().at(batch.agent).name;
    out.userId = userId;
    out.priority = batch.priority;
    out.status = batchStatus(batch);
    out.webhookUrl = batch.webhookUrl;
    out.createdAt = toDateTime(batch.createdAt);
    // Dialling started unless the batch was cancelled before its first dial.
    const qint64 stopped = batch.cancelled ? batch.cancelledAt : now;
    if (batch.firstDialAt <= stopped)
        out.startedAt = toDateTime(batch.firstDialAt);
    out.completedAt = toDateTime(batch.completedAt);
    out.retry = batch.retry;
    out.cancelled = batch.cancelled;
    out.total = static_cast<int>(batch.calls.size());
    out.succeeded = batch.counts[Succeeded];
    out.failed = batch.counts[FailedFinal];
    out.processed = out.succeeded + out.failed;
    out.pending = out.total - out.processed;
    out.ongoing = batch.counts[Active];
    out.waitingRetry = batch.counts[WaitingRetry];
    out.callIds = batch.callIds;
    return out;
}

content::Tone SimWorld::Private::tone(const CallRecord &call) const
{
    SimRandom random(call.plan.contentSeed);
    return content::toneFor(random);
}

// ---------------------------------------------------------------------------------------------------------
// SimWorld

SimWorld::SimWorld(const SimConfig &config, const QDateTime &now, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->config = config;
    d->now = now.toMSecsSinceEpoch();
    d->traffic = SimRandom(SimRandom::streamSeed(config.seed, TrafficStream, 0));

    SimRandom account(SimRandom::streamSeed(config.seed, AccountStream, 0));
    d->userId = QStringLiteral("user_") + base36(account, 16);
    for (qsizetype i = 0; i < content::agentProfiles().size(); ++i)
        d->agentIds.append(QStringLiteral("agent_") + base36(account, 12));

    if (config.autoTraffic) {
        // The history is the same model run at speed 1 from historyDays ago up to now.
        const qint64 start = d->now - qint64(std::max(0, config.historyDays)) * kDay;
        const qint64 end = d->now;
        d->now = start;
        d->quiet = true;
        d->scheduleNextSingle(start);
        d->scheduleNextBatch(start);
        d->run(end);
        d->quiet = false;
    }
    setSpeed(config.speed);
    if (config.openingBatchSize > 0)
        createBatch(config.openingBatchSize);
}

SimWorld::~SimWorld() = default;

const SimConfig &SimWorld::config() const
{
    return d->config;
}

QDateTime SimWorld::now() const
{
    return toDateTime(d->now);
}

void SimWorld::advanceTo(const QDateTime &now)
{
    if (!now.isValid())
        return;
    d->run(now.toMSecsSinceEpoch());
}

double SimWorld::speed() const
{
    return d->speed;
}

void SimWorld::setSpeed(double speed)
{
    if (!(speed > 0) || !std::isfinite(speed) || speed == d->speed)
        return;
    const double ratio = d->speed / speed;
    d->speed = speed;
    const qint64 now = d->now;
    const auto rescale = [now, ratio](qint64 t) {
        if (t == kNever || t <= now)
            return t;
        return now + std::llround(static_cast<double>(t - now) * ratio);
    };
    for (Event &event : d->queue)
        event.due = rescale(event.due);
    std::make_heap(d->queue.begin(), d->queue.end(), EventLater{});
    for (CallRecord &call : d->calls) {
        if (call.status == SimCallStatus::Scheduled)
            call.startTime = rescale(call.startTime);
        call.nextAttemptAt = rescale(call.nextAttemptAt);
    }
    for (BatchRecord &batch : d->batches) {
        batch.ingestedAt = rescale(batch.ingestedAt);
        batch.firstDialAt = rescale(batch.firstDialAt);
    }
}

QString SimWorld::userId() const
{
    return d->userId;
}

QDateTime SimWorld::nextEventTime() const
{
    if (d->queue.empty())
        return {};
    return toDateTime(d->queue.front().due);
}

QString SimWorld::createCall(const CallOptions &options)
{
    Private::CallSpec spec;
    spec.phoneNumber = options.phoneNumber;
    spec.contactName = options.contactName;
    spec.direction = options.direction;
    spec.retry = options.retry;
    spec.outcome = options.outcome;
    spec.talkSeconds = options.talkSeconds;
    const int index = d->addCall(-1, spec);
    SimRandom random(SimRandom::streamSeed(d->config.seed, IdentityStream, d->calls[index].serial, 1));
    const qint64 delay = options.startDelayMs >= 0 ? options.startDelayMs : random.range(1000, 5000);
    d->startAttempt(index, d->now + d->wall(delay));
    Q_EMIT callCreated(d->calls[index].id, QString());
    return d->calls[index].id;
}

QString SimWorld::createBatch(int size, const BatchOptions &options)
{
    Private::BatchSpec spec;
    spec.size = std::max(1, size);
    spec.options = options;
    return d->batches[d->addBatch(spec)].id;
}

bool SimWorld::forceStatus(const QString &callId, SimCallStatus status, const QString &error)
{
    const auto it = d->callIndex.constFind(callId);
    if (it == d->callIndex.constEnd())
        return false;
    const int index = it.value();
    CallRecord &call = d->calls[index];
    const qint64 now = d->now;

    switch (status) {
    case SimCallStatus::Scheduled: {
        if (call.status == SimCallStatus::Scheduled)
            return true;
        if (call.status == SimCallStatus::Ongoing)
            return false; // backwards within an attempt
        // A new attempt, now.
        const int before = Private::category(call);
        call.epoch += 1;
        call.attempt += 1;
        call.status = SimCallStatus::Scheduled;
        call.error.clear();
        call.duration = -1;
        call.connectedAt = kNever;
        call.endedAt = kNever;
        call.nextAttemptAt = kNever;
        call.updatedAt = now;
        d->startAttempt(index, now);
        d->recount(call, before);
        d->callChanged(call);
        return true;
    }
    case SimCallStatus::Ongoing:
        if (call.status == SimCallStatus::Ongoing)
            return true;
        if (call.status != SimCallStatus::Scheduled)
            return false;
        call.epoch += 1;
        if (call.plan.outcome != SimOutcome::Answered) {
            // Whatever was planned, the callee picks up now.
            SimRandom random(
                SimRandom::streamSeed(d->config.seed, AttemptStream, call.serial, 2000 + call.attempt));
            call.plan.outcome = SimOutcome::Answered;
            call.plan.connects = true;
            call.plan.talkSeconds =
                call.forcedTalk ? std::max(1, *call.forcedTalk) : static_cast<int>(random.range(30, 300));
        }
        if (call.startTime > now)
            call.startTime = now;
        d->connect(index);
        return true;
    case SimCallStatus::Completed:
    case SimCallStatus::Missed:
    case SimCallStatus::Failed:
        break;
    }

    if (isTerminal(call.status))
        return false; // this attempt is over already
    call.epoch += 1;
    int duration = -1;
    if (call.status == SimCallStatus::Ongoing)
        duration =
            static_cast<int>(std::llround(static_cast<double>(now - call.connectedAt) * d->speed / kSecond));
    if (status == SimCallStatus::Completed) {
        if (call.status != SimCallStatus::Ongoing) {
            call.connectedAt = now;
            duration = call.plan.outcome == SimOutcome::Answered ? call.plan.talkSeconds : 60;
        }
        duration = std::max(1, duration);
        call.plan.outcome = SimOutcome::Answered;
        call.plan.connects = true;
        call.plan.talkSeconds = duration;
        d->finishAttempt(index, status, error, duration, false, 0);
        return true;
    }
    const bool busy = error == QLatin1String("BUSY");
    const bool noAnswer = error == QLatin1String("NO_ANSWER") || error == noAnswerProse();
    const bool network = error == QLatin1String("NETWORK_ERROR");
    if (!network || call.status != SimCallStatus::Ongoing)
        call.plan.talkSeconds = 0;
    else
        call.plan.talkSeconds = std::max(1, duration);
    d->finishAttempt(index, status, error, duration, busy || noAnswer || network,
                     noAnswer ? call.retry.noAnswerDelayMs : call.retry.busyDelayMs);
    return true;
}

int SimWorld::cancelBatch(const QString &batchId)
{
    const auto it = d->batchIndex.constFind(batchId);
    if (it == d->batchIndex.constEnd())
        return -1;
    BatchRecord &batch = d->batches[it.value()];
    if (batch.cancelled || batch.unfinished() == 0)
        return 0;
    batch.cancelled = true;
    batch.cancelledAt = d->now;
    int cancelledJobs = 0;
    QStringList ended; // callEnded waits until the batch's counts are final
    static const QString reason = QStringLiteral("Batch was cancelled");
    for (const int index : batch.calls) {
        CallRecord &call = d->calls[index];
        call.cancelled = true;
        if (call.status == SimCallStatus::Scheduled) {
            const int before = Private::category(call);
            call.epoch += 1;
            call.status = SimCallStatus::Failed;
            call.error = reason;
            call.duration = -1;
            call.endedAt = d->now;
            call.updatedAt = d->now;
            d->recount(call, before);
            d->callChanged(call);
            ended.append(call.id);
            ++cancelledJobs;
        } else if (call.nextAttemptAt != kNever) {
            const int before = Private::category(call);
            call.epoch += 1;
            call.nextAttemptAt = kNever;
            call.updatedAt = d->now;
            d->recount(call, before);
            d->callChanged(call);
            ++cancelledJobs;
        }
    }
    Q_EMIT batchChanged(batch.id);
    for (const QString &callId : std::as_const(ended))
        Q_EMIT callEnded(callId);
    Q_EMIT batchCancelled(batch.id);
    return cancelledJobs;
}

bool SimWorld::hasCall(const QString &callId) const
{
    return d->callIndex.contains(callId);
}

bool SimWorld::hasBatch(const QString &batchId) const
{
    return d->batchIndex.contains(batchId);
}

std::optional<SimCall> SimWorld::call(const QString &callId) const
{
    const auto it = d->callIndex.constFind(callId);
    if (it == d->callIndex.constEnd())
        return std::nullopt;
    return d->snapshot(d->calls[it.value()]);
}

std::optional<SimBatch> SimWorld::batch(const QString &batchId) const
{
    const auto it = d->batchIndex.constFind(batchId);
    if (it == d->batchIndex.constEnd())
        return std::nullopt;
    return d->snapshot(d->batches[it.value()]);
}

QStringList SimWorld::callIds() const
{
    QStringList ids;
    ids.reserve(static_cast<qsizetype>(d->calls.size()));
    for (const CallRecord &call : d->calls)
        ids.append(call.id);
    return ids;
}

QStringList SimWorld::batchIds() const
{
    QStringList ids;
    ids.reserve(static_cast<qsizetype>(d->batches.size()));
    for (const BatchRecord &batch : d->batches)
        ids.append(batch.id);
    return ids;
}

qsizetype SimWorld::callCount() const
{
    return static_cast<qsizetype>(d->calls.size());
}

qsizetype SimWorld::batchCount() const
{
    return static_cast<qsizetype>(d->batches.size());
}

QList<SimTranscriptLine> SimWorld::transcript(const QString &callId) const
{
    const auto it = d->callIndex.constFind(callId);
    if (it == d->callIndex.constEnd())
        return {};
    const CallRecord &call = d->calls[it.value()];
    const AttemptPlan &plan = call.plan;
    if (!plan.connects || call.connectedAt == kNever || plan.talkSeconds <= 0)
        return {};
    const content::AgentProfile &agent = content::agentProfiles().at(call.agent);
    SimRandom random(plan.contentSeed);
    const content::Tone tone = content::toneFor(random);

    if (call.status == SimCallStatus::Completed)
        return content::conversation(agent, tone, call.contactName, plan.talkSeconds, random);

    // Live (ONGOING) or dropped (NETWORK_ERROR) conversation: the part spoken so far.
    double spokenSeconds = 0;
    int nominalSeconds = plan.talkSeconds;
    if (call.status == SimCallStatus::Ongoing) {
        spokenSeconds = static_cast<double>(d->now - call.connectedAt) * d->speed / kSecond;
    } else if (call.status == SimCallStatus::Failed && call.duration > 0) {
        spokenSeconds = call.duration;
        nominalSeconds = call.duration * 2; // it was cut off half way
    } else {
        return {};
    }
    QList<SimTranscriptLine> lines =
        content::conversation(agent, tone, call.contactName, nominalSeconds, random);
    const double fraction = std::clamp(spokenSeconds / std::max(1, nominalSeconds), 0.0, 1.0);
    const auto keep =
        std::clamp<qsizetype>(static_cast<qsizetype>(std::ceil(fraction * lines.size())), 1, lines.size());
    lines.resize(keep);
    return lines;
}

QString SimWorld::summary(const QString &callId) const
{
    const auto it = d->callIndex.constFind(callId);
    if (it == d->callIndex.constEnd())
        return {};
    const CallRecord &call = d->calls[it.value()];
    if (call.status != SimCallStatus::Completed)
        return {};
    return content::summary(content::agentProfiles().at(call.agent), d->tone(call), call.contactName,
                            call.plan.talkSeconds);
}

std::optional<SimMetrics> SimWorld::metrics(const QString &callId) const
{
    const auto it = d->callIndex.constFind(callId);
    if (it == d->callIndex.constEnd())
        return std::nullopt;
    const CallRecord &call = d->calls[it.value()];
    if (call.status != SimCallStatus::Completed)
        return std::nullopt;
    SimRandom random(SimRandom::streamSeed(d->config.seed, MetricsStream, call.serial, call.attempt));
    return content::metrics(content::agentProfiles().at(call.agent), d->tone(call), random);
}

} // namespace cw::sim
