#pragma once

#include "apierror.h"
#include "callstatus.h"
#include "clock.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QRandomGenerator>
#include <QSet>
#include <QString>
#include <QTimeZone>

#include <map>
#include <optional>

namespace cw {

// What the scheduler asks for next.
struct PollRequest
{
    enum class Kind : quint8
    {
        Call,            // GET /api/v1/status/call (the client falls back to the persistent endpoint on 404)
        CallPersistent,  // GET /api/v1/call/check-status: re-verifying a call that looks stuck
        BatchCalls,      // GET /api/v1/status/batch: every call of a batch in one request
        BatchStatistics, // GET /api/v1/batch/check-status
    };
    Kind kind = Kind::Call;
    QString id;
    friend bool operator==(const PollRequest &, const PollRequest &) = default;
};

// Decides which call or batch to ask Dialgen about next, and when. Pure logic on an injectable clock: it
// sends nothing itself. The owner calls takeDue() whenever it may send (a timer at nextWake()), performs
// the requests, and reports each outcome with finished().
//
// - One queue ordered by due time; cadences by state (ONGOING 5 s, SCHEDULED 15 s, batches 10 s, batch
//   statistics 30 s by default).
// - Calls of a tracked batch are never polled one by one: the batch request covers them.
// - Ended calls are not polled. A batch call that ended MISSED or FAILED with BUSY / NO_ANSWER gets one
//   re-check (through its batch) when Dialgen would dial it again: the batch's busyDelay / noAnswerDelay,
//   else the documented defaults.
// - At most maxInFlight requests at once and a token bucket of ratePerSecond.
// - While webhooks are known to arrive (setWebhooksActive()), polling is only the safety net: the ONGOING
//   and batch cadences are stretched by webhookCadenceFactor.
// - Transient errors back off per target, exponentially with full jitter; Retry-After pauses everything.
// - 401/403 stop all polling until resumeAfterAuthProblem(); 404 on a call marks it not found.
class PollScheduler
{
public:
    struct Settings
    {
        qint64 ongoingMs = 5'000;
        qint64 scheduledMs = 15'000;
        qint64 batchMs = 10'000;
        qint64 batchStatisticsMs = 30'000;
        int maxInFlight = 6;
        double ratePerSecond = 10.0; // token bucket refill; the bucket holds as many tokens
        qint64 backoffBaseMs = 1'000;
        qint64 backoffCapMs = 60'000;
        int staleAfterCadences = 3;
        qint64 maxCallDurationS = 1'800;
        qint64 busyDelayMs = 300'000; // Dialgen's defaults, used when a batch's own are unknown
        qint64 noAnswerDelayMs = 3'600'000;
        qint64 recheckMarginMs = 2'000; // look a little after the retry should have happened
        // After this many transient failures in a row (any target, no success between), the whole host
        // backs off too, so an outage is met with a trickle of probes rather than every target's retries.
        int hostFailureThreshold = 3;
        // While webhooks are active (setWebhooksActive()), the ONGOING cadence (ongoingMs) and the batch
        // cadence (batchMs) are multiplied by this (at least 1): the push channel reports every end, polls
        // only catch what it misses. SCHEDULED calls and batch statistics keep their cadence (no webhook
        // says a call was answered). Staleness is measured against the stretched cadences.
        double webhookCadenceFactor = 3.0;
    };

    // What the scheduler needs to know about a call after an answer.
    struct CallState
    {
        CallStatus status = CallStatus::Unknown;
        QString errorCode;   // normalized (BUSY, NO_ANSWER, ...), empty if none
        QDateTime startTime; // attempt start (for "possibly stuck")
        QDateTime endedAt;   // when the attempt ended (for re-check timing); invalid = now
    };

    struct Outcome
    {
        ApiError error; // kind None on success
        // For a call: its state after the answer. For a batch: every member's state.
        CallState call;
        QHash<QString, CallState> members;
        bool batchFinished = false; // statistics: completed or cancelled, no more statistics polls
    };

    explicit PollScheduler(const Clock &clock = Clock::system(), quint32 seed = 0);

    void setSettings(const Settings &settings);
    const Settings &settings() const { return m_settings; }

    // --- what is tracked ---
    bool addCall(const QString &callId);
    void removeCall(const QString &callId);
    bool addBatch(const QString &batchId, std::optional<qint64> busyDelayMs = {},
                  std::optional<qint64> noAnswerDelayMs = {});
    bool hasCall(const QString &callId) const { return m_calls.contains(callId); }
    bool hasBatch(const QString &batchId) const { return m_batches.contains(batchId); }
    // A call that belongs to a tracked batch (learnt from the batch's answers).
    bool isBatchMember(const QString &callId) const { return m_memberOf.contains(callId); }
    // Restores what a call was when CallWatch last stopped (no request needed for ended calls).
    void restoreCall(const QString &callId, const CallState &state, bool notFound);

    // --- dispatch ---
    // Requests to send now, oldest due first, within the in-flight cap, the rate cap and any pause.
    QList<PollRequest> takeDue();
    void finished(const PollRequest &request, const Outcome &outcome);
    // When takeDue() may next return something (invalid when nothing is queued or polling is stopped).
    QDateTime nextWake() const;
    int inFlight() const { return m_inFlight; }
    int queued() const { return int(m_queue.size()); }

    // --- control ---
    void pause();
    void resume();
    bool isPaused() const { return m_paused; }
    // Whether a working webhook channel relieves polling (see Settings::webhookCadenceFactor). Turning it on
    // applies from each target's next answer on. Turning it off brings every ONGOING call and every
    // batch still being dialled back to the normal cadence at once: a target whose next poll lies beyond
    // its last success plus the normal cadence is moved there (or to now, when that moment has passed);
    // targets backing off after failures and batch re-checks keep their times.
    void setWebhooksActive(bool active);
    bool webhooksActive() const { return m_webhooksActive; }
    // Ask now: a call (a batch member is refreshed through its batch), several, or everything. A call
    // marked not found is asked again; an auth stop is lifted.
    void refresh(const QStringList &callIds);
    void refreshAll();
    bool authStopped() const { return m_authStopped; }
    // Until when nothing is sent: the later of a Retry-After and the host-wide backoff.
    QDateTime pausedUntil() const;

    // --- per-call facts for the UI ---
    bool isNotFound(const QString &callId) const;
    // No successful update for staleAfterCadences cadences (ended calls are never stale).
    bool isStale(const QString &callId) const;
    // ONGOING for longer than maxCallDurationS.
    bool isPossiblyStuck(const QString &callId) const;
    QStringList staleCalls() const;

    static qint64 backoffDelayMs(int failures, qint64 baseMs, qint64 capMs, QRandomGenerator &random);

private:
    struct Target
    {
        PollRequest request;
        qint64 dueMs = -1; // -1: not queued
        bool inFlight = false;
        int failures = 0;
        qint64 lastSuccessMs = -1;
        qint64 addedMs = 0;
        // calls
        CallState state;
        bool notFound = false;
        bool stuckVerified = false; // the persistent endpoint was asked since the call became stuck
        // batches
        std::optional<qint64> busyDelayMs, noAnswerDelayMs;
        QSet<QString> members;
        bool allEnded = false;
        bool finished = false;     // statistics only
        QSet<QString> recheckDone; // "callId@attemptStartMs": re-checks already planned
    };
    using Key = QString; // kind letter + id

    static Key keyOf(PollRequest::Kind kind, const QString &id);
    qint64 nowMs() const { return m_clock.now().toMSecsSinceEpoch(); }
    // The clock went back (the system time was set back, NTP stepped it): every time kept here moves back
    // by as much, so what was due in 5 s is still due in 5 s, and a Retry-After or backoff deadline keeps
    // what was left of it, instead of everything waiting until the clock catches up. (A clock jumping
    // forward cannot be told from time passing, e.g. a suspended laptop: everything due is polled once.)
    // Called on every way in that may schedule or send; returns the current time.
    qint64 followClock();
    void schedule(Target &target, qint64 dueMs);
    void unschedule(Target &target);
    qint64 callCadence(const CallState &state) const;
    qint64 batchCadence() const;
    qint64 relieved(qint64 cadenceMs) const; // stretched while webhooks are active
    void refillTokens(qint64 now);
    void afterCallSuccess(Target &target, const CallState &state, qint64 now);
    void afterBatchSuccess(Target &target, const Outcome &outcome, qint64 now);
    Target *find(const PollRequest &request);

    const Clock &m_clock;
    Settings m_settings;
    QRandomGenerator m_random;
    QHash<Key, Target> m_targets;       // every call, batch and statistics target
    QSet<QString> m_calls, m_batches;   // ids tracked by the user
    QHash<QString, QString> m_memberOf; // call id -> batch id
    std::multimap<qint64, Key> m_queue; // due time -> target
    int m_inFlight = 0;
    double m_tokens = 0;
    qint64 m_tokensAtMs = 0;
    bool m_paused = false;
    bool m_authStopped = false;
    bool m_webhooksActive = false;
    QDateTime m_pausedUntil; // Retry-After
    qint64 m_hostBackoffUntilMs = -1;
    int m_hostFailures = 0;
    qint64 m_lastNowMs = 0; // the latest time seen (followClock())
};

} // namespace cw
