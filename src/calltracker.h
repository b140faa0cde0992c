#pragma once

#include "apierror.h"
#include "callsnapshot.h"
#include "clock.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QSet>
#include <QTimer>

namespace cw {

class ApiReply;
class CallTableModel;
class DialgenClient;

// Keeps the call table up to date: polls single calls through /status/call and tracked batches through
// /status/batch (one request covers a whole batch), never polls a call that has ended, keeps at most
// `maxInFlight` requests open, backs off with full jitter on transient errors and honours Retry-After.
class CallTracker : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        int ongoingIntervalMs = 5000;
        int scheduledIntervalMs = 15000;
        int batchIntervalMs = 10000;
        int batchDiscoveryIntervalMs = 30000;
        int maxInFlight = 6;
        int backoffBaseMs = 1000;
        int backoffCapMs = 60000;
        int tickMs = 250;
    };

    struct Health
    {
        qint64 requestsOk = 0;
        qint64 requestsFailed = 0;
        int inFlight = 0;
        int trackedCalls = 0;
        int activeCalls = 0; // not ended, not "not found"
        int trackedBatches = 0;
        bool running = false;
        bool authProblem = false; // 401/403: polling stopped until the key changes
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

    // Starts tracking; ids are opaque and kept verbatim. Returns how many were new.
    int trackCalls(const QStringList &callIds);
    bool trackCall(const QString &callId) { return trackCalls({callId}) == 1; }
    bool trackBatch(const QString &batchId);
    void untrackCalls(const QStringList &callIds);
    bool isTracked(const QString &callId) const { return m_calls.contains(callId); }
    bool isNotFound(const QString &callId) const;
    QStringList trackedBatches() const { return m_batches.keys(); }

    // Polls /batch/list now and then and starts tracking every batch it lists (the demo uses this).
    void setDiscoverBatches(bool discover);

    void start();
    void stop();
    bool isRunning() const { return m_timer.isActive(); }
    // Asks about every tracked call and batch now (not-found calls get another chance too).
    void refreshAll();
    void refreshCall(const QString &callId);

    const Health &health() const { return m_health; }
    // Applies a snapshot from any source through the lifecycle rules. Returns true when the row changed.
    bool apply(const CallSnapshot &snapshot);

    // Delay before the n-th retry (n >= 1): uniform in [0, min(cap, base * 2^(n-1))] (full jitter).
    static qint64 backoffDelayMs(int attempt, int baseMs, int capMs, QRandomGenerator &random);

Q_SIGNALS:
    void healthChanged();
    void callNotFound(const QString &callId);

private:
    struct Target
    {
        QString id;
        bool isBatch = false;
        QDateTime due;
        bool inFlight = false;
        bool notFound = false;
        int failures = 0;
        QPointer<ApiReply> reply;
    };

    void poll();
    void dispatch(Target &target);
    void discover();
    void handleReply(ApiReply *reply, bool isBatch, const QString &id);
    void recordError(const ApiError &error, Target *target);
    qint64 cadenceFor(const Target &target) const;
    void refreshHealthCounts();
    bool applyBatch(const QList<CallSnapshot> &snapshots);
    CallSnapshot merged(const CallSnapshot &incoming, bool *changed) const;

    DialgenClient *m_client;
    CallTableModel *m_model;
    const Clock &m_clock;
    Settings m_settings;
    QTimer m_timer;
    QHash<QString, Target> m_calls; // single calls (batch members are covered by their batch)
    QHash<QString, Target> m_batches;
    QSet<QString> m_batchMembers;
    bool m_discover = false;
    QDateTime m_nextDiscovery;
    bool m_discoveryInFlight = false;
    int m_inFlight = 0;
    Health m_health;
    QRandomGenerator m_random;
    int m_tickCount = 0;
};

} // namespace cw
