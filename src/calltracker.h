#pragma once

#include "apierror.h"
#include "callsnapshot.h"
#include "clock.h"
#include "historystore.h"
#include "payloadparser.h"
#include "pollscheduler.h"
#include "webhookevent.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <memory>

namespace cw {

class ApiReply;
class CallTableModel;
class DialgenClient;
class HistoryStore;

// Keeps the call table up to date: the PollScheduler decides what to ask, the DialgenClient asks, and
// every answer goes through the lifecycle rules into the model (and the history store, when there is
// one) before the scheduler hears how it went.
class CallTracker : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        PollScheduler::Settings poll;
        int tickMs = 250; // how often due work is looked for
        // A polled snapshot that brings nothing the history keeps (only its received time moved: the
        // same status, error, times, duration, recording, transcript, summary, metrics, source...) is not
        // written to the store again, so polling 10,000 unchanged calls costs no history write. The
        // stored received time (what "Updated ... ago" shows after a restart) is still refreshed once it
        // is snapshotRefreshMs old, at most snapshotRefreshPerCycle such rewrites per write cycle, so it
        // lags by at most about snapshotRefreshMs plus (tracked calls / snapshotRefreshPerCycle) polls.
        // Transitions are always written.
        int snapshotRefreshMs = 5 * 60 * 1000;
        int snapshotRefreshPerCycle = 500;
    };

    struct Health
    {
        qint64 requestsOk = 0;
        qint64 requestsFailed = 0;
        int inFlight = 0;
        int trackedCalls = 0;
        int activeCalls = 0; // not ended, not "not found"
        int staleCalls = 0;
        int trackedBatches = 0;
        bool running = false;
        bool authProblem = false;         // 401/403: polling stopped until the key changes
        bool insufficientCredits = false; // the last answer was a 402
        QDateTime lastSuccess;
        QDateTime pausedUntil; // Retry-After
        ApiError lastError;
        QDateTime lastErrorAt;
    };

    CallTracker(DialgenClient *client, CallTableModel *model, const Clock &clock = Clock::system(),
                QObject *parent = nullptr);
    ~CallTracker() override;

    void setSettings(const Settings &settings);
    const Settings &settings() const { return m_settings; }

    // Records every tracked id, status transition and last snapshot; may be null (memory only). Writes
    // are gathered and stored in one transaction per poll cycle (every tick, 250 ms by default).
    //
    // Durability ("acknowledged" means committed): what the user starts tracking (trackCalls(),
    // trackBatch()) is committed before those return; a polled status change is applied to the table at
    // once and committed with the next cycle's transaction; a webhook's news is committed before the
    // receiver answers it (Session wires WebhookReceiver::setDurableHandler() to applyWebhookEvent() +
    // commitToStore()). HistoryStore's debug category "callwatch.history.commit" prints one line per item
    // only once its transaction has committed: that line is the acknowledgement. The store runs SQLite in
    // WAL mode with synchronous=NORMAL, so a committed transaction survives the app being killed (SIGKILL)
    // or crashing; only a power cut or an OS crash may lose the last few.
    void setStore(HistoryStore *store);
    HistoryStore *store() const { return m_store.data(); }
    // Brings back what the store knows: tracked calls and batches with their last snapshots and attempt
    // numbers. Ended calls are not asked about again; the rest resume polling where they stopped.
    // Returns the number of calls restored.
    int restoreFromStore();
    // The same in the background, for start-up with a big history: the store's file is read in a worker
    // thread (HistoryStore::readState(), its own connection) and what it read is applied on this thread in
    // chunks of restoreChunkSize() calls, one per event-loop turn, so the window paints and stays
    // responsive meanwhile. isRestoring() is true from here until restoreFinished(). While restoring:
    //  - no poll is sent (start() takes effect when it is done), so no answer can be taken for a change;
    //  - webhook events are kept and applied, in order, once everything is restored;
    //  - calls tracked meanwhile (trackCalls(), trackBatch()) are tracked at once and written to the store
    //    as usual; a restored call the table already shows with a status keeps what the table shows
    //    (it is newer); a placeholder gets the restored snapshot.
    // Without a file to read (a store in memory) or when the worker cannot read it, the store is read on
    // this thread instead (still applied in chunks). Returns false (and does nothing) without a store or
    // while a restore runs.
    bool restoreFromStoreInBackground();
    bool isRestoring() const { return m_backgroundRestore != nullptr; }
    void setRestoreChunkSize(int calls) { m_restoreChunk = qMax(1, calls); }
    int restoreChunkSize() const { return m_restoreChunk; }
    // Writes what is pending now (also done by every poll cycle). True when everything recorded so far is
    // committed (or there is no store); false when the store could not write it (it keeps it queued and
    // retries with the next write) or dropped it as invalid.
    bool flushStore();
    // What a webhook acknowledgement waits for: writes what is pending and, when nothing is pending but
    // the store still holds changes it could not write before (a redelivered event brings nothing new),
    // retries those now. True when everything recorded so far is committed (or there is no store).
    bool commitToStore();

    // Starts tracking; ids are opaque and kept verbatim. Returns how many were new. New ids are committed
    // to the store before this returns (see setStore()).
    int trackCalls(const QStringList &callIds);
    bool trackCall(const QString &callId) { return trackCalls({callId}) == 1; }
    bool trackBatch(const QString &batchId);
    void untrackCalls(const QStringList &callIds);
    bool isTracked(const QString &callId) const
    {
        return m_scheduler.hasCall(callId) || m_scheduler.isBatchMember(callId);
    }
    bool isNotFound(const QString &callId) const { return m_scheduler.isNotFound(callId); }
    QStringList trackedBatches() const { return m_batches.values(); }
    // The last statistics Dialgen gave for a tracked batch (from /batch/check-status, a batch webhook,
    // or the history); nullopt when none arrived yet.
    std::optional<BatchStatistics> batchStatistics(const QString &batchId) const;
    const PollScheduler &scheduler() const { return m_scheduler; }

    void start(); // resume
    void stop();  // pause
    bool isRunning() const { return m_running; }
    // Webhook relief: while on, webhooks are known to arrive (Session turns it on while its receiver
    // listens and has accepted an event in the last few minutes), so polling becomes the safety net: the
    // ONGOING and batch cadences are stretched by Settings::poll.webhookCadenceFactor (3 by default).
    // Nothing else changes: SCHEDULED calls are polled as before (no webhook reports an answered call),
    // and a call still ends only once Dialgen (by poll or webhook) says so. Turning it off brings ONGOING
    // calls and running batches back to the normal cadence at once (PollScheduler::setWebhooksActive()).
    // Off by default; kept across setSettings().
    void setWebhooksActive(bool active);
    bool webhooksActive() const { return m_scheduler.webhooksActive(); }
    // Ask about everything now (lifts an auth stop and a Retry-After pause; not-found calls are asked again).
    void refreshAll();
    // Ask about these calls now (batch members through their batch).
    void refreshCalls(const QStringList &callIds);
    void refreshCall(const QString &callId) { refreshCalls({callId}); }

    const Health &health() const { return m_health; }
    // Applies a snapshot from any source through the lifecycle rules. Returns true when the row changed.
    // `historySource` overrides where the history says the change came from (e.g. "lookup" for a call
    // that starts being tracked from a lookup); empty: taken from the snapshot's source.
    bool apply(const CallSnapshot &snapshot, const QString &historySource = {});

    // Asks Dialgen about a call without tracking it (live, then persistent status); lookupFinished()
    // carries the answer.
    void lookup(const QString &callId);

    // Applies what a webhook said (WebhookReceiver::eventReceived). Returns true when anything changed.
    // Call events go through the same lifecycle rules as polled answers, recorded in the history with
    // source "webhook":
    //  - a tracked call (or a known member of a tracked batch) is updated; once the webhook says it ended,
    //    it is not polled any more (a poll already in flight cannot undo the end: its answer is stale);
    //  - a call not in the table whose batchId is a tracked batch is added like a batch member;
    //  - any other call is not added to the table (the user did not ask for it), but its status change
    //    is recorded in the history (and transitionsRecorded()), so charts of the history count it;
    //  - a repeated delivery (nothing new in it) changes nothing: no transition, no row change.
    // Batch events for a tracked batch update batchStatistics() (and the history) and emit
    // batchStatisticsChanged(): batch.completed sets status "completed" and takes the event's statistics
    // and timestamps over what polling knew; batch.failed sets status "failed" (keeping the error and
    // code in the statistics' raw object) and emits batchFailed(). Events about untracked batches are
    // ignored.
    bool applyWebhookEvent(const cw::WebhookEvent &event);

Q_SIGNALS:
    void lookupFinished(const QString &callId, const cw::CallSnapshot &call, const cw::ApiError &error);
    void healthChanged();
    void callNotFound(const QString &callId);
    // Status changes just applied (the same ones the history records), in the order seen. Not emitted
    // while restoring from the store.
    void transitionsRecorded(const QList<cw::HistoryStore::Transition> &transitions);
    // New statistics for a tracked batch (see batchStatistics()).
    void batchStatisticsChanged(const QString &batchId);
    // A webhook said a tracked batch failed.
    void batchFailed(const QString &batchId, const QString &error, const QString &code);
    // restoreFromStoreInBackground() started / applied everything (`restored`: calls read from the store).
    void restoreStarted();
    void restoreFinished(int restored);

private:
    void pump();
    void dispatch(const PollRequest &request);
    void handleReply(ApiReply *reply, const PollRequest &request);
    void recordError(const ApiError &error);
    void refreshHealthCounts();
    void updateStale();
    bool applyAll(const QList<CallSnapshot> &snapshots, const QString &historySourceOverride = {});
    // `current` is what the table holds for the call (null: nothing yet).
    static CallSnapshot merged(const CallSnapshot &incoming, const CallSnapshot *current, bool *changed,
                               bool *newAttempt);
    PollScheduler::CallState stateOf(const CallSnapshot &call) const;
    bool applyWebhookCall(const CallSnapshot &call);
    bool recordUntrackedWebhookCall(const CallSnapshot &call);
    bool applyWebhookBatch(const WebhookEvent &event);
    void restoreBatches(const QList<HistoryStore::TrackedBatch> &batches);
    void restoreCalls(const QList<HistoryStore::TrackedCall> &calls, qsizetype from, qsizetype to,
                      bool keepNewer);
    void restoreLoaded(const std::shared_ptr<HistoryStore::LoadedState> &state);
    void restoreNextChunk();
    void finishBackgroundRestore();

    bool m_restoring = false;
    struct BackgroundRestore; // what a background restore has read and how far it got
    std::unique_ptr<BackgroundRestore> m_backgroundRestore;
    int m_restoreChunk = 20000;
    // Not owned. Guarded: the destructor flushes pending writes, and a store destroyed before the tracker
    // (as a local declared after it) must read as "no store", not as freed memory.
    QPointer<HistoryStore> m_store;
    std::unique_ptr<struct PendingWrites> m_pending;
    DialgenClient *m_client;
    CallTableModel *m_model;
    const Clock &m_clock;
    Settings m_settings;
    PollScheduler m_scheduler;
    QTimer m_timer;
    QSet<QString> m_batches;
    QHash<QString, BatchStatistics> m_batchStatistics;
    QHash<QString, int> m_attempts;      // call id -> current attempt number (1-based)
    QHash<QString, QDateTime> m_endSeen; // call id -> when we first saw its current attempt end
    // Calls outside the table that webhooks told us about: call id -> the last status recorded, so a
    // repeated delivery is not recorded twice (bounded: forgotten beyond a few thousand).
    QHash<QString, QString> m_untrackedWebhookSeen;
    // Per call whose snapshot the store holds: when it was last written (or its stored received time,
    // once restored), ms since the epoch. A call without an entry is always written.
    QHash<QString, qint64> m_snapshotWrittenMs;
    bool m_running = false;
    QList<ApiReply *> m_replies;
    Health m_health;
    qint64 m_lastTickMs = 0;
};

} // namespace cw
