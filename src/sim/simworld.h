#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

// The Dialgen traffic model behind the simulator: calls and batches that appear over time and move through
// SCHEDULED -> ONGOING -> COMPLETED / MISSED / FAILED, with retries, recordings, transcripts and metrics.
// No networking here (see DialgenSimulator for the HTTP side): the world only moves when it is told the
// time, which makes it fully deterministic for a seed and a sequence of advanceTo() calls.
//
// Time model
// ----------
// * Timestamps are wall-clock UTC. Every time the API reports (createdAt, startTime, endedAt, a batch's
//   timestamps) is the moment, on the clock passed to advanceTo(), at which the simulated thing happened.
//   Only the planned startTime of a call still waiting in SCHEDULED can lie in the future.
// * Durations are "model time". Ringing, conversations, gaps between arrivals, a batch's spacing between
//   dials and the retry delays are all drawn or configured in model seconds, and take
//   (model seconds / speed) of wall time. Reported `duration` values are model seconds.
//   So at speed 60 a call reporting duration 180 was ONGOING for 3 wall seconds, and a BUSY retry with the
//   default busyDelay (5 min) is dialled again 5 wall seconds after the call ended.
// * At speed 1 both clocks agree exactly (endedAt - startTime == ringing + duration, retry gaps equal the
//   batch's delays). The generated history is always produced at speed 1, so the past is consistent;
//   the configured speed applies from the construction time on. Changing the speed rescales every
//   pending delay so that, from "now" on, model time runs at the new rate.
// * Event processing never looks at the time passed to advanceTo() except to know where to stop: each
//   event is handled at its own due time. Advancing in one big step or in many small ones gives the
//   same world.
//
// Calls and attempts
// ------------------
// A call keeps its id for life. Each attempt is SCHEDULED (startTime = planned dial time) and then ends
// COMPLETED, MISSED or FAILED, passing through ONGOING only when the callee answers. A BUSY or NO_ANSWER
// end (and some NETWORK_ERROR ends) is retried while attempts remain: the call shows its terminal status
// until the retry delay has passed, then becomes SCHEDULED again with attempt+1 and a newer startTime.
// The outcome of an attempt is drawn from a per-call random stream when the attempt is scheduled.
namespace cw::sim {

enum class SimCallStatus : quint8
{
    Scheduled,
    Ongoing,
    Completed,
    Missed,
    Failed,
};

// The API spelling: "SCHEDULED", "ONGOING", "COMPLETED", "MISSED", "FAILED".
QString callStatusName(SimCallStatus status);
bool isTerminal(SimCallStatus status);

// How one attempt ends. Answered -> COMPLETED; NoAnswer and Busy -> MISSED; the rest -> FAILED.
enum class SimOutcome : quint8
{
    Answered,
    NoAnswer,
    Busy,
    InvalidNumber,
    NetworkError,
    InsufficientCredits,
};

enum class SimDirection : quint8
{
    Outbound,
    Inbound,
};

// A batch's retry strategy, with the API's documented defaults.
struct RetryStrategy
{
    int maxAttempts = 3;                // 1..5
    qint64 noAnswerDelayMs = 3'600'000; // model milliseconds
    qint64 busyDelayMs = 300'000;       // model milliseconds (also used for retried NETWORK_ERRORs)
};

// Everything that shapes a simulator. SimWorld reads the traffic part; DialgenSimulator the rest.
struct SimConfig
{
    quint64 seed = 1;
    double speed = 1.0;          // model seconds per wall second (> 0)
    int historyDays = 60;        // history generated (at speed 1) before the construction time; 0 = none
    QString apiKey;              // empty = a random key is generated
    bool flatPersistent = false; // serve check-status in the older flat shape (no {success, data} wrapper)
    bool autoTraffic = true;     // create single calls and batches on its own
    bool autoAdvance = true;     // DialgenSimulator: advance the world on the real clock every ~100 ms

    // Traffic shape (model seconds). Means of the exponential gaps between arrivals.
    double singleCallMeanGapSeconds = 300;
    double batchMeanGapSeconds = 60 * 60;
    int batchSizeMin = 5;
    int batchSizeMax = 60;
    // > 0: a batch of this many calls (default options) is created at the construction time, so that a
    // demo has a batch being dialled from the first second. Not part of the seeded traffic.
    int openingBatchSize = 0;
};

struct SimTranscriptLine
{
    QString role; // "assistant" | "user"
    QString content;
};

// The metricJson of a completed call (the API's default metrics).
struct SimMetrics
{
    QString intent;
    QString sentiment;     // positive | neutral | negative
    double confidence = 0; // 0..1
    QStringList keyPoints;
    QStringList actionItems;
    QString callStatus;
};

// A snapshot of one call as the world knows it. Empty strings / invalid times / nullopt mean null.
struct SimCall
{
    QString id;
    QString batchId;
    QString contactId;
    QString contactName;
    QString phoneNumber;
    QString agentId;
    QString agentName;
    QString callSid; // the telephony provider's id ("CA" + 32 hex digits)
    SimDirection direction = SimDirection::Outbound;
    SimCallStatus status = SimCallStatus::Scheduled;
    QString error; // an error code (BUSY) or prose ("Call was not answered"); empty = null
    int attempt = 1;
    QDateTime createdAt;     // when the call was created (batch ingestion or single call request)
    QDateTime startTime;     // the current attempt's dial time (planned while SCHEDULED)
    QDateTime connectedAt;   // when the current attempt was answered; invalid if it was not
    QDateTime endedAt;       // when the current attempt ended; invalid while not terminal
    QDateTime updatedAt;     // last visible change
    QDateTime nextAttemptAt; // valid while a retry is pending
    std::optional<int> durationSeconds;
    QString recordingUrl; // https URL (never fetched); empty = null
    RetryStrategy retry;

    bool retryPending() const { return nextAttemptAt.isValid(); }
};

struct SimBatch
{
    QString id;
    QString agentId;
    QString agentName;
    QString userId;
    QString priority;   // low | normal | high
    QString status;     // ingesting | scheduled | pending | processing | completed | cancelled
    QString webhookUrl; // empty = none configured
    QDateTime createdAt;
    QDateTime startedAt;   // invalid until the first dial
    QDateTime completedAt; // invalid until every call is final (or the batch is cancelled)
    RetryStrategy retry;
    bool cancelled = false;
    int total = 0;
    int processed = 0; // calls whose final outcome is known (no retry left)
    int succeeded = 0; // final COMPLETED
    int failed = 0;    // final MISSED / FAILED
    int pending = 0;   // total - processed
    int ongoing = 0;
    int waitingRetry = 0;
    QStringList callIds; // in dialling order
};

// Options of SimWorld::createCall(). Empty / unset fields are generated.
struct CallOptions
{
    QString phoneNumber;
    QString contactName;
    SimDirection direction = SimDirection::Outbound;
    RetryStrategy retry{1, 3'600'000, 300'000}; // a single call gets one attempt unless asked otherwise
    std::optional<SimOutcome> outcome;          // forces the outcome of every attempt
    std::optional<int> talkSeconds;             // forces the conversation length of answered attempts
    qint64 startDelayMs = -1;                   // model ms until the dial; < 0 = a few seconds
};

// Options of SimWorld::createBatch().
struct BatchOptions
{
    RetryStrategy retry;
    QString priority = QStringLiteral("normal");
    qint64 dialSpacingMs = 10'000;     // model ms between successive first dials
    qint64 startDelayMs = 0;           // model ms between the end of ingestion and the first dial
    std::optional<SimOutcome> outcome; // forces the outcome of every attempt of every call
    std::optional<int> talkSeconds;
};

class SimWorld : public QObject
{
    Q_OBJECT

public:
    // Builds the world as it stands at `now`: historyDays of traffic (when autoTraffic is on) generated at
    // speed 1 up to `now`, then switches to config.speed. Signals are not emitted for the history.
    explicit SimWorld(const SimConfig &config, const QDateTime &now = QDateTime::currentDateTimeUtc(),
                      QObject *parent = nullptr);
    ~SimWorld() override;

    const SimConfig &config() const;
    QDateTime now() const;
    // Processes every event due at or before `now`, in due order, then sets the world's time to `now`.
    // A time earlier than now() is ignored (the world never goes back).
    void advanceTo(const QDateTime &now);
    double speed() const;
    void setSpeed(double speed);     // > 0; rescales pending delays (see the time model)
    QString userId() const;          // the account that owns the API key
    QDateTime nextEventTime() const; // invalid when nothing is pending

    // --- in-process API (tests, demo) --- all act at now().
    // A single call; returns its id. It is SCHEDULED at once and dialled after options.startDelayMs.
    QString createCall(const CallOptions &options = {});
    // A batch of `size` calls (>= 1); returns its id. Calls exist (SCHEDULED) from creation on.
    QString createBatch(int size, const BatchOptions &options = {});
    // Moves a call now, as a supervisor tool or a test needs:
    //  - COMPLETED / MISSED / FAILED: ends the current attempt with that status and `error` (retry rules
    //    apply: BUSY / NO_ANSWER / "Call was not answered" are retried while attempts remain);
    //  - ONGOING: a SCHEDULED attempt is answered now;
    //  - SCHEDULED: a terminal call starts a new attempt now (a pending retry is brought forward).
    // Returns false for an unknown call or a move backwards within an attempt (ONGOING -> SCHEDULED).
    bool forceStatus(const QString &callId, SimCallStatus status, const QString &error = {});
    // Cancels what is left of a batch: SCHEDULED calls end FAILED ("Batch was cancelled"), pending
    // retries are dropped, ONGOING calls finish normally. Returns the number of cancelled jobs, or -1 for an
    // unknown batch. Cancelling a cancelled batch returns 0.
    int cancelBatch(const QString &batchId);

    // --- lookups ---
    bool hasCall(const QString &callId) const;
    bool hasBatch(const QString &batchId) const;
    std::optional<SimCall> call(const QString &callId) const;
    std::optional<SimBatch> batch(const QString &batchId) const;
    QStringList callIds() const;  // creation order (oldest first)
    QStringList batchIds() const; // creation order (oldest first)
    qsizetype callCount() const;
    qsizetype batchCount() const;
    // Transcript so far: the full conversation of a COMPLETED call, the part already spoken of an ONGOING
    // one, the part before the drop of a call FAILED mid-conversation, otherwise empty.
    QList<SimTranscriptLine> transcript(const QString &callId) const;
    QString summary(const QString &callId) const;                   // COMPLETED only; empty otherwise
    std::optional<SimMetrics> metrics(const QString &callId) const; // COMPLETED only

Q_SIGNALS:
    void callCreated(const QString &callId, const QString &batchId); // batchId empty for a single call
    void batchCreated(const QString &batchId);
    void callChanged(const QString &callId); // any visible change: status, attempt, error, duration...
    void batchChanged(const QString &batchId);
    // Hooks for webhook delivery (WebhookDispatcher). Emitted after the callChanged / batchChanged signals
    // of the same change (so a slot sees the final state), never for the generated history.
    // An attempt ended: the call is now COMPLETED, MISSED or FAILED (a retry may still follow). Also
    // emitted for the SCHEDULED calls that cancelBatch() ends FAILED.
    void callEnded(const QString &callId);
    // Every call of the batch reached its final outcome (status "completed"); after the callEnded of the
    // call that completed it. Not emitted for a cancelled batch. A batch reopened by forceStatus() emits
    // it again when it completes again.
    void batchCompleted(const QString &batchId);
    // cancelBatch() cancelled the batch; after the callEnded of the calls it ended.
    void batchCancelled(const QString &batchId);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace cw::sim
