#pragma once

#include "callsnapshot.h"
#include "callstatus.h"
#include "clock.h"

#include <QDateTime>
#include <QJsonObject>
#include <QLatin1String>
#include <QList>
#include <QObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

class QSqlError;

namespace cw {

// The local history: which calls and batches are tracked, the last full snapshot (and raw payload) of
// every call, and every status transition, in one SQLite file (Qt SQL, QSQLITE driver).
//
// The file is <directory>/callwatch.sqlite, by default in QStandardPaths::AppDataLocation (the app passes
// --data-dir). It runs in WAL mode with synchronous=NORMAL and a busy timeout. Secrets never reach it.
// A write() that returned true is durable against the app crashing or being killed (WAL with
// synchronous=NORMAL: the commit is in the operating system's hands; a power cut may lose the last few).
// The debug category "callwatch.history.commit" prints one line per item once its transaction committed
// ("transition <call> <attempt> <STATUS> <source> <ms>", "track-call <call> <batch>", ...): the
// acknowledgements the crash-safety test checks against the file after killing the app.
//
// Writes are batch-oriented: one WriteBatch (a poll cycle, a batch body, a webhook, a user action) is one
// transaction, applied whole or not at all.
//
// When things go wrong, history is never destroyed and the app keeps working:
// - A damaged file (not a database, or an integrity check fails) is renamed to
//   callwatch.sqlite.corrupt-<UTC timestamp> (with its -wal / -shm / -journal), never overwritten or
//   deleted, and a fresh file is started. openMessage() says so. open() checks the tables that load()
//   reads (PRAGMA quick_check per table, with their indexes), not the big transitions table: restoring
//   never reads every transition. Damage met later (SQLITE_CORRUPT in any read or write) leaves a marker
//   file, callwatch.sqlite.check, so the next open() checks the whole file and sets it aside if needed.
// - A file made by a newer CallWatch (a schema version this code does not know), a file that is not a
//   CallWatch history, a folder that cannot be created, a file or folder that cannot be written: the
//   file is left untouched and the store runs on an in-memory database with the same schema, so
//   everything works until the app exits; problem() says "History is not being saved: <reason>". When the
//   file could still be read (write-protected, locked by a writer), its history is copied into memory so
//   the dashboard shows it.
// - A write that fails (disk full, database locked by another program beyond the busy timeout, I/O
//   error) is rolled back entirely and its batch stays queued in memory (at most maxQueuedBatches(); the
//   oldest are dropped beyond that, and problem() says how many). Every later write() or flush() retries
//   the queued batches first, in order, in the same transaction. problem() describes the failure until a
//   write succeeds. A batch the database rejects for a reason retrying cannot fix (a constraint, a bug)
//   is dropped alone (a savepoint per batch), reported, and does not block the others. close() and the
//   destructor give the queue a last try. The store does not switch to memory after a failed write:
//   the file stays the place of record, and the queue bridges a locked or full spell.
//
// Not thread-safe: use it from one thread (the one that called open()). Other threads read the file on
// connections of their own (readState(), readTransitionsBetween()).
class HistoryStore : public QObject
{
    Q_OBJECT
public:
    // The schema version this code writes (PRAGMA user_version). Version 1 is the first, smaller schema;
    // older files are migrated step by step (1 -> 2 -> 3), each step in its own transaction.
    static constexpr int SchemaVersion = 3;
    static constexpr int DefaultRetentionDays = 90;
    static constexpr int DefaultBusyTimeoutMs = 5000;
    static constexpr int DefaultMaxQueuedBatches = 1000;

    // Values for Transition::source.
    static constexpr QLatin1String SourcePoll = QLatin1String("poll");       // a status request we made
    static constexpr QLatin1String SourceWebhook = QLatin1String("webhook"); // pushed by Dialgen
    static constexpr QLatin1String SourceLookup = QLatin1String("lookup");   // persistent / metrics lookup

    enum class Mode : quint8
    {
        Closed, // open() not called yet (or close())
        File,   // history is saved to filePath()
        Memory, // history lives in memory only until the app exits; problem() says why
    };

    enum class OpenMode : quint8
    {
        ReadWrite,
        // Opens the file without write access, exactly as SQLite does by itself when the file is
        // write-protected: its history is read into memory and nothing is ever written to the file. Used
        // to look at a history file without changing it, and by the tests (root ignores permissions).
        ReadOnly,
    };

    // One status change of one call.
    struct Transition
    {
        QString callId;
        // When the change happened as far as the payload tells (an end time, a start time), else when it
        // was seen; stored in ms, UTC.
        QDateTime at;
        int attempt = 1;                         // 1 for the first dial, +1 for every redial (>= 1)
        QString source;                          // SourcePoll, SourceWebhook, SourceLookup (any text kept)
        CallStatus status = CallStatus::Unknown; // stored as its canonical text ("COMPLETED", "UNKNOWN")
        QString statusText;                      // the status exactly as received; empty: the canonical one
        QString error;                           // the call's error field; empty when none
        friend bool operator==(const Transition &, const Transition &) = default;
    };

    struct CallToTrack
    {
        QString callId;
        QString batchId; // the batch the call is tracked through; empty for a call tracked on its own
    };

    struct BatchStatisticsUpdate
    {
        QString batchId;
        QJsonObject statistics; // the last /batch/check-status payload (BatchStatistics::raw)
    };

    // Everything one write() stores, in one transaction. Applied in this order: trackBatches,
    // trackCalls, batchStatistics, snapshots, transitions, notFound, found, untrackCalls, untrackBatches.
    struct WriteBatch
    {
        // Starts tracking (added at the time write() is called); a call or batch already tracked keeps
        // its row as it is (its added time, its batch).
        QList<CallToTrack> trackCalls;
        QStringList trackBatches;
        // Replaces a batch's last statistics; starts tracking the batch if needed.
        QList<BatchStatisticsUpdate> batchStatistics;
        // Replaces each call's last snapshot (CallSnapshot::toJson(), plus source, receivedAt and raw: the
        // last full payload). A call not tracked yet starts being tracked, through snapshot.batchId.
        QList<CallSnapshot> snapshots;
        // Appended to the history. Each also raises its call's current attempt to transition.attempt.
        // A transition of a call that is not tracked is kept (history), it does not track the call.
        QList<Transition> transitions;
        QStringList notFound; // Dialgen does not know these calls (404 on both endpoints)
        QStringList found;    // clears the not-found flag
        // Stops tracking: the call row and its last snapshot go; its transitions stay (history, for the
        // charts) until retention prunes them.
        QStringList untrackCalls;
        // Stops tracking the batch and every call tracked through it (calls whose batchId is the batch).
        QStringList untrackBatches;

        bool isEmpty() const;
        qsizetype itemCount() const; // total number of entries in all lists
    };

    struct TrackedCall
    {
        QString callId;
        QString batchId; // empty: tracked on its own
        QDateTime addedAt;
        bool notFound = false;
        int attempt = 1; // the current attempt: the highest attempt of any transition written
        // The last snapshot written: receivedAt, source and raw (the last full payload) as stored.
        std::optional<CallSnapshot> snapshot;
    };

    struct TrackedBatch
    {
        QString batchId;
        QDateTime addedAt;
        QJsonObject statistics; // empty when none was written
        QDateTime statisticsAt; // when the statistics were written; invalid when none
    };

    struct LoadedState
    {
        QList<TrackedCall> calls;    // in the order added (the same instant: the order written)
        QList<TrackedBatch> batches; // in the order added
        qint64 transitionCount = 0;  // kept as a counter: not counted by scanning
        bool ok = true;              // false: reading failed (lastError()); what could be read is here
    };

    // Transitions into each final status in [start, start + bucket length).
    struct BucketCount
    {
        QDateTime start; // UTC
        qint64 completed = 0;
        qint64 missed = 0;
        qint64 failed = 0;
        qint64 total() const { return completed + missed + failed; }
        friend bool operator==(const BucketCount &, const BucketCount &) = default;
    };

    explicit HistoryStore(const Clock &clock = Clock::system(), QObject *parent = nullptr);
    ~HistoryStore() override;

    // QStandardPaths::AppDataLocation.
    static QString defaultDirectory();
    static QString fileName() { return QStringLiteral("callwatch.sqlite"); }

    // Opens (creating or migrating as needed) <directory>/callwatch.sqlite; an empty directory means
    // defaultDirectory(). Never leaves the store unusable: returns true when history is saved to the file
    // (mode() File), false when the store fell back to memory (mode() Memory; problem() and openMessage()
    // say why). A store that was open is closed first (see close()).
    bool open(const QString &directory = {}, OpenMode openMode = OpenMode::ReadWrite);
    // Tries the queued batches once more, then closes; what still cannot be written is dropped.
    void close();

    Mode mode() const { return m_mode; }
    bool isPersistent() const { return m_mode == Mode::File; }
    QString filePath() const { return m_filePath; } // the file used or refused; empty before open()
    // What open() had to tell the user (a damaged file moved aside, why history is not saved); empty when
    // the file opened normally. Stays until the next open().
    QString openMessage() const { return m_openMessage; }
    // The current trouble, empty when history is being saved normally. Memory mode: why history is not
    // being saved. File mode: the last write failure, until a write succeeds.
    QString problem() const;
    // Details (driver text) of the last operation that failed.
    QString lastError() const { return m_lastError; }
    // The Qt SQL connection name (unique per instance), for diagnostics and tests.
    QString connectionName() const { return m_connectionName; }

    // How long a write waits for another program's lock before failing (default 5 s).
    void setBusyTimeoutMs(int ms);
    int busyTimeoutMs() const { return m_busyTimeoutMs; }
    // Bound of the retry queue (batches that could not be written yet).
    void setMaxQueuedBatches(int count);
    int maxQueuedBatches() const { return m_maxQueuedBatches; }
    int queuedBatchCount() const { return int(m_queue.size()); }

    // What write() and flush() did since this store was made (for tests and benchmarks): committed
    // transactions and the snapshots / transitions they held (a batch the database rejected is not
    // counted), and the wall time spent in write() / flush() on the calling thread, failures included.
    struct WriteStatistics
    {
        qint64 transactions = 0;
        qint64 snapshots = 0;
        qint64 transitions = 0;
        qint64 busyNs = 0;
    };
    WriteStatistics writeStatistics() const { return m_writeStatistics; }

    // Writes one batch in one transaction, after any queued batches. Returns true when it (and everything
    // queued) is stored. False: lastError() says why; the batch stays queued when retrying may help
    // (locked, full, I/O), is dropped when it is invalid (empty ids, invalid times, attempt < 1: nothing
    // of it is written) or rejected by the database. Nothing is ever half-written.
    bool write(const WriteBatch &batch);
    // Retries the queued batches. True when nothing is left queued.
    bool flush();

    // Tracked calls (with last snapshot and current attempt), tracked batches, the transition count.
    // Reads only the calls, snapshots and batches tables. Queued (unwritten) batches are not included.
    LoadedState load() const;
    // One call's transitions, oldest first (by time, then by the order written). Uses an index.
    QList<Transition> transitions(const QString &callId) const;
    // Transitions into COMPLETED, MISSED and FAILED per bucket of bucketSeconds, for [from, to): one entry
    // per bucket, empty buckets included, the last one possibly shorter. Empty for an invalid range or
    // more than 100,000 buckets.
    QList<BucketCount> countTransitions(const QDateTime &from, const QDateTime &to,
                                        qint64 bucketSeconds) const;

    // What a chart needs of one transition (transitionsBetween()).
    struct TransitionRow
    {
        qint64 atMs = 0; // when the new status was seen, ms since the epoch (UTC)
        QString callId;
        CallStatus status = CallStatus::Unknown;
        QString error; // the call's error field; empty when none
        friend bool operator==(const TransitionRow &, const TransitionRow &) = default;
    };

    // The transitions with from <= at < to, oldest first (the same millisecond: in the order written), with
    // only what the charts need. When `lastPerCallSince` is valid and earlier than `from`, the list starts
    // with the last transition of each call in [lastPerCallSince, from), oldest first: every call's state
    // at `from`, for calls that changed within that look-back (rows with atMs < from are these).
    // One statement, read in the order of the index on time (transitions_by_time): the range is neither
    // scanned in full nor sorted, only the look-back rows are grouped per call. Empty when the store is
    // not open, a time is invalid or reading fails (lastError()).
    QList<TransitionRow> transitionsBetween(const QDateTime &from, const QDateTime &to,
                                            const QDateTime &lastPerCallSince = {}) const;
    // The same rows, handed to `visit` one at a time in the same order without building a list (a month
    // of history can be a million rows). Returns false when the store is not open, a time is invalid or
    // reading failed part-way (lastError()); the rows visited until then were correct.
    bool visitTransitionsBetween(const QDateTime &from, const QDateTime &to,
                                 const QDateTime &lastPerCallSince,
                                 const std::function<void(const TransitionRow &)> &visit) const;

    // --- reading from another thread ---
    // The store itself is not thread-safe, but its file can be read by any thread on a connection of its
    // own (WAL: readers see the last committed state and never block the writer). This is how the app
    // restores tracked calls and loads a month of chart history without stalling the GUI thread.
    // The file to read from another thread; empty when there is none (not open, or in memory: then read
    // through the store itself, on its thread). Writes still queued after a failure are not in the file.
    QString readerPath() const;
    // load(), on a private connection to `filePath` opened and closed in the calling thread.
    static LoadedState readState(const QString &filePath, QString *error = nullptr);
    // visitTransitionsBetween(), on a private connection opened and closed in the calling thread. When
    // `cancel` is given and becomes true, reading stops early (returning true: what was visited is right
    // but incomplete, the caller asked for it).
    static bool readTransitionsBetween(const QString &filePath, const QDateTime &from, const QDateTime &to,
                                       const QDateTime &lastPerCallSince,
                                       const std::function<void(const TransitionRow &)> &visit,
                                       const std::atomic<bool> *cancel = nullptr, QString *error = nullptr);

    // Retention of transitions (default 90 days; 0 keeps them forever).
    void setRetentionDays(int days);
    int retentionDays() const { return m_retentionDays; }
    // Deletes transitions older than `olderThan`; returns how many, or -1 on failure (lastError()).
    int pruneTransitions(const QDateTime &olderThan);
    // pruneTransitions(now - retentionDays()); 0 when retention is off. Meant to run after open() and
    // then now and then (daily); the store does not schedule it itself.
    int applyRetention();

Q_SIGNALS:
    void problemChanged(const QString &problem);

private:
    struct Pending
    {
        WriteBatch batch;
        QDateTime at; // when write() was called: the "added" time of what it tracks
    };
    enum class FileOutcome : quint8
    {
        Ok,
        Damaged,  // move it aside and start again
        Refused,  // newer / foreign: leave it alone, do not copy
        Readable, // could be read but not written: copy into memory
        Failed,   // could not be read
    };

    FileOutcome openFile(const QString &path, OpenMode openMode, QString *reason);
    bool openConnection(const QString &databaseName, const QString &options);
    void closeConnection();
    void fallBackToMemory(const QString &reason, bool copyFromFile);
    bool copyFileIntoMemory();
    bool moveAside(const QString &path, QString *movedTo);
    bool migrate(int fromVersion, int toVersion, QSqlError *error);
    static LoadedState loadFrom(const QSqlDatabase &db, QSqlError *error);
    void markDamaged(const QString &error) const;
    void setLastError(const QString &error) const { m_lastError = error; }
    void setWriteProblem(const QString &problem);
    void setProblems(const QString &memoryReason, const QString &writeProblem);

    const Clock &m_clock;
    QString m_connectionName;
    QSqlDatabase m_db;
    Mode m_mode = Mode::Closed;
    QString m_filePath;
    QString m_openMessage;
    QString m_memoryReason; // why history is not saved (Memory mode)
    QString m_writeProblem; // the last write failure (File mode), until a write succeeds
    mutable QString m_lastError;
    int m_busyTimeoutMs = DefaultBusyTimeoutMs;
    int m_maxQueuedBatches = DefaultMaxQueuedBatches;
    int m_retentionDays = DefaultRetentionDays;
    QList<Pending> m_queue;
    qint64 m_droppedBatches = 0; // dropped from the queue since the last successful write
    WriteStatistics m_writeStatistics;
};

} // namespace cw
