#include "historystore.h"

#include "payloadparser.h"

#include <QAtomicInt>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTimeZone>
#include <QUrl>
#include <QVariant>

#include <algorithm>
#include <atomic>
#include <vector>

namespace cw {

namespace {

// ---------------------------------------------------------------------------------------------------
// The schema, as a list of steps. Step 0 creates the first schema (version 1); step n migrates version n
// to version n + 1. A new file is created by running every step, so a migrated file and a new file
// always have the very same tables and columns. Each step runs in its own transaction together with
// the PRAGMA user_version that records it. Times are milliseconds since the epoch (UTC).
//
// Version 1, the first schema: which calls are tracked and the statuses they went through.
const char *const SchemaV1[] = {
    "CREATE TABLE calls (call_id TEXT PRIMARY KEY NOT NULL, batch_id TEXT, added_at INTEGER NOT NULL)",
    "CREATE TABLE transitions (call_id TEXT NOT NULL, at INTEGER NOT NULL, status TEXT NOT NULL,"
    " source TEXT NOT NULL)",
};

// Version 2: attempts, the raw status text, errors, not-found calls, tracked batches, indexes.
// transitions is rebuilt to get an INTEGER PRIMARY KEY (a stable write order; an implicit rowid may be
// renumbered by VACUUM); its old status text becomes status_text and status holds the canonical name.
// Batches followed in version 1 were implied by calls.batch_id: they become tracked batches.
const char *const MigrateV1ToV2[] = {
    "ALTER TABLE calls ADD COLUMN not_found INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE calls ADD COLUMN attempt INTEGER NOT NULL DEFAULT 1",
    "CREATE TABLE transitions_v2 (id INTEGER PRIMARY KEY, call_id TEXT NOT NULL, at INTEGER NOT NULL,"
    " attempt INTEGER NOT NULL DEFAULT 1, source TEXT NOT NULL, status TEXT NOT NULL,"
    " status_text TEXT NOT NULL, error TEXT)",
    "INSERT INTO transitions_v2 (call_id, at, attempt, source, status, status_text)"
    " SELECT call_id, at, 1, source,"
    " CASE upper(trim(status)) WHEN 'SCHEDULED' THEN 'SCHEDULED' WHEN 'ONGOING' THEN 'ONGOING'"
    " WHEN 'COMPLETED' THEN 'COMPLETED' WHEN 'MISSED' THEN 'MISSED' WHEN 'FAILED' THEN 'FAILED'"
    " ELSE 'UNKNOWN' END, status FROM transitions ORDER BY at, rowid",
    "DROP TABLE transitions",
    "ALTER TABLE transitions_v2 RENAME TO transitions",
    "CREATE INDEX transitions_by_call ON transitions (call_id, at)",
    "CREATE INDEX transitions_by_time ON transitions (at, status)",
    "CREATE TABLE batches (batch_id TEXT PRIMARY KEY NOT NULL, added_at INTEGER NOT NULL)",
    "INSERT INTO batches (batch_id, added_at) SELECT batch_id, min(added_at) FROM calls"
    " WHERE batch_id IS NOT NULL AND batch_id <> '' GROUP BY batch_id",
};

// Version 3: the last snapshot and raw payload of each call, batch statistics, store_info (the transition
// counter, so restoring never counts the transitions table; the last open time), and an index that
// hands load() the calls in the order they were added without sorting them.
const char *const MigrateV2ToV3[] = {
    "CREATE TABLE call_snapshots (call_id TEXT PRIMARY KEY NOT NULL, snapshot_json TEXT NOT NULL,"
    " raw_json TEXT, source TEXT NOT NULL, received_at INTEGER)",
    "ALTER TABLE batches ADD COLUMN statistics_json TEXT",
    "ALTER TABLE batches ADD COLUMN statistics_at INTEGER",
    "CREATE TABLE store_info (key TEXT PRIMARY KEY NOT NULL, value)",
    "INSERT INTO store_info (key, value) SELECT 'transition_count', count(*) FROM transitions",
    "CREATE INDEX calls_by_added ON calls (added_at)",
};

struct SchemaStep
{
    const char *const *statements;
    std::size_t count;
};

template<std::size_t N>
constexpr SchemaStep step(const char *const (&statements)[N])
{
    return {statements, N};
}

const SchemaStep SchemaSteps[] = {step(SchemaV1), step(MigrateV1ToV2), step(MigrateV2ToV3)};
static_assert(std::size(SchemaSteps) == std::size_t(HistoryStore::SchemaVersion));

// SQLite primary result codes (sqlite3.h), as QSqlError::nativeErrorCode() reports them.
enum SqliteCode : int
{
    SqliteError = 1,
    SqliteBusy = 5,
    SqliteLocked = 6,
    SqliteNoMem = 7,
    SqliteReadOnly = 8,
    SqliteIoErr = 10,
    SqliteCorrupt = 11,
    SqliteFull = 13,
    SqliteCantOpen = 14,
    SqliteProtocol = 15,
    SqliteTooBig = 18,
    SqliteConstraint = 19,
    SqliteMismatch = 20,
    SqliteMisuse = 21,
    SqliteRange = 25,
    SqliteNotADb = 26,
};

int sqliteCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : 0; // extended codes carry the primary code in the low byte
}

bool isDamage(int code)
{
    return code == SqliteCorrupt || code == SqliteNotADb;
}

// Failures that retrying the same batch cannot fix: the batch is dropped instead of blocking the queue.
bool isPermanent(int code)
{
    return code == SqliteError || code == SqliteTooBig || code == SqliteConstraint ||
           code == SqliteMismatch || code == SqliteMisuse || code == SqliteRange;
}

QString errorText(const QSqlError &error)
{
    const QString database = error.databaseText().trimmed();
    const QString driver = error.driverText().trimmed();
    if (database.isEmpty())
        return driver;
    if (driver.isEmpty())
        return database;
    return driver + QLatin1String(": ") + database;
}

// Why a database operation failed, in words for the user.
QString describeError(const QSqlError &error)
{
    switch (sqliteCode(error)) {
    case SqliteBusy:
    case SqliteLocked:
        return HistoryStore::tr("the database is locked by another program (is another CallWatch running?)");
    case SqliteFull:
        return HistoryStore::tr("the disk is full");
    case SqliteReadOnly:
        return HistoryStore::tr("the history file is read-only");
    case SqliteIoErr:
        return HistoryStore::tr("a disk error occurred (%1)").arg(errorText(error));
    case SqliteCorrupt:
    case SqliteNotADb:
        return HistoryStore::tr("the history file is damaged; restart CallWatch to set it aside");
    case SqliteCantOpen:
        return HistoryStore::tr("the history file cannot be opened (%1)").arg(errorText(error));
    case SqliteNoMem:
        return HistoryStore::tr("out of memory");
    default:
        return errorText(error);
    }
}

QVariant msOrNull(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant();
}

QDateTime timeFromMs(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), QTimeZone::utc());
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QString compactJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject objectFromText(const QString &text)
{
    if (text.isEmpty())
        return {};
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

SnapshotSource sourceFromName(const QString &name)
{
    for (const SnapshotSource source :
         {SnapshotSource::LiveStatus, SnapshotSource::PersistentStatus, SnapshotSource::BatchStatus,
          SnapshotSource::Webhook, SnapshotSource::Metrics}) {
        if (snapshotSourceName(source) == name)
            return source;
    }
    return SnapshotSource::LiveStatus;
}

QString markerPath(const QString &filePath)
{
    return filePath + QLatin1String(".check");
}

QAtomicInt connectionCounter;

// Prepared statements of one flush, created once and reused for every queued batch.
struct Statements
{
    explicit Statements(const QSqlDatabase &db)
        : trackCall(db)
        , trackBatch(db)
        , statistics(db)
        , snapshot(db)
        , transition(db)
        , raiseAttempt(db)
        , setNotFound(db)
        , untrackCallSnapshot(db)
        , untrackCall(db)
        , untrackBatchSnapshots(db)
        , untrackBatchCalls(db)
        , untrackBatch(db)
        , countTransitions(db)
    {}

    bool prepare(QSqlError *error)
    {
        const std::pair<QSqlQuery *, QString> all[] = {
            {&trackCall, QStringLiteral("INSERT OR IGNORE INTO calls (call_id, batch_id, added_at)"
                                        " VALUES (?, ?, ?)")},
            {&trackBatch, QStringLiteral("INSERT OR IGNORE INTO batches (batch_id, added_at) VALUES (?, ?)")},
            {&statistics, QStringLiteral("UPDATE batches SET statistics_json = ?, statistics_at = ?"
                                         " WHERE batch_id = ?")},
            // A snapshot without a raw payload keeps the one stored (the call table does not hold raw
            // payloads in memory; the history is their place).
            {&snapshot, QStringLiteral("INSERT INTO call_snapshots"
                                       " (call_id, snapshot_json, raw_json, source, received_at)"
                                       " VALUES (?, ?, ?, ?, ?) ON CONFLICT (call_id) DO UPDATE SET"
                                       " snapshot_json = excluded.snapshot_json,"
                                       " raw_json = coalesce(excluded.raw_json, call_snapshots.raw_json),"
                                       " source = excluded.source, received_at = excluded.received_at")},
            {&transition, QStringLiteral("INSERT INTO transitions"
                                         " (call_id, at, attempt, source, status, status_text, error)"
                                         " VALUES (?, ?, ?, ?, ?, ?, ?)")},
            {&raiseAttempt, QStringLiteral("UPDATE calls SET attempt = ? WHERE call_id = ? AND attempt < ?")},
            {&setNotFound, QStringLiteral("UPDATE calls SET not_found = ? WHERE call_id = ?")},
            {&untrackCallSnapshot, QStringLiteral("DELETE FROM call_snapshots WHERE call_id = ?")},
            {&untrackCall, QStringLiteral("DELETE FROM calls WHERE call_id = ?")},
            {&untrackBatchSnapshots, QStringLiteral("DELETE FROM call_snapshots WHERE call_id IN"
                                                    " (SELECT call_id FROM calls WHERE batch_id = ?)")},
            {&untrackBatchCalls, QStringLiteral("DELETE FROM calls WHERE batch_id = ?")},
            {&untrackBatch, QStringLiteral("DELETE FROM batches WHERE batch_id = ?")},
            {&countTransitions, QStringLiteral("UPDATE store_info SET value = value + ?"
                                               " WHERE key = 'transition_count'")},
        };
        for (const auto &[query, sql] : all) {
            if (!query->prepare(sql)) {
                *error = query->lastError();
                return false;
            }
        }
        return true;
    }

    QSqlQuery trackCall, trackBatch, statistics, snapshot, transition, raiseAttempt, setNotFound,
        untrackCallSnapshot, untrackCall, untrackBatchSnapshots, untrackBatchCalls, untrackBatch,
        countTransitions;
};

bool run(QSqlQuery &query, std::initializer_list<QVariant> values, QSqlError *error)
{
    int index = 0;
    for (const QVariant &value : values)
        query.bindValue(index++, value);
    if (query.exec())
        return true;
    *error = query.lastError();
    return false;
}

bool applyBatch(Statements &s, const HistoryStore::WriteBatch &batch, const QDateTime &at, QSqlError *error)
{
    const QVariant now = msOrNull(at);
    for (const QString &batchId : batch.trackBatches) {
        if (!run(s.trackBatch, {batchId, now}, error))
            return false;
    }
    for (const HistoryStore::CallToTrack &call : batch.trackCalls) {
        if (!run(s.trackCall, {call.callId, textOrNull(call.batchId), now}, error))
            return false;
    }
    for (const HistoryStore::BatchStatisticsUpdate &update : batch.batchStatistics) {
        if (!run(s.trackBatch, {update.batchId, now}, error) ||
            !run(s.statistics, {compactJson(update.statistics), now, update.batchId}, error)) {
            return false;
        }
    }
    for (const CallSnapshot &snapshot : batch.snapshots) {
        if (!run(s.trackCall, {snapshot.callId, textOrNull(snapshot.batchId), now}, error) ||
            !run(s.snapshot,
                 {snapshot.callId, compactJson(snapshot.toJson()),
                  snapshot.raw.isEmpty() ? QVariant() : QVariant(compactJson(snapshot.raw)),
                  snapshotSourceName(snapshot.source), msOrNull(snapshot.receivedAt)},
                 error)) {
            return false;
        }
    }
    for (const HistoryStore::Transition &t : batch.transitions) {
        const QString canonical = callStatusToString(t.status);
        if (!run(s.transition,
                 {t.callId, msOrNull(t.at), t.attempt, t.source, canonical,
                  t.statusText.isEmpty() ? canonical : t.statusText, textOrNull(t.error)},
                 error) ||
            !run(s.raiseAttempt, {t.attempt, t.callId, t.attempt}, error)) {
            return false;
        }
    }
    if (!batch.transitions.isEmpty() && !run(s.countTransitions, {qint64(batch.transitions.size())}, error))
        return false;
    for (const QString &callId : batch.notFound) {
        if (!run(s.setNotFound, {1, callId}, error))
            return false;
    }
    for (const QString &callId : batch.found) {
        if (!run(s.setNotFound, {0, callId}, error))
            return false;
    }
    for (const QString &callId : batch.untrackCalls) {
        if (!run(s.untrackCallSnapshot, {callId}, error) || !run(s.untrackCall, {callId}, error))
            return false;
    }
    for (const QString &batchId : batch.untrackBatches) {
        if (!run(s.untrackBatchSnapshots, {batchId}, error) || !run(s.untrackBatchCalls, {batchId}, error) ||
            !run(s.untrackBatch, {batchId}, error)) {
            return false;
        }
    }
    return true;
}

// Why a batch cannot be written at all; empty when it is fine.
QString invalidReason(const HistoryStore::WriteBatch &batch)
{
    const auto emptyIn = [](const QStringList &ids) {
        return std::any_of(ids.cbegin(), ids.cend(), [](const QString &id) { return id.isEmpty(); });
    };
    if (emptyIn(batch.trackBatches) || emptyIn(batch.untrackBatches))
        return QStringLiteral("a batch id is empty");
    if (emptyIn(batch.untrackCalls) || emptyIn(batch.notFound) || emptyIn(batch.found))
        return QStringLiteral("a call id is empty");
    for (const HistoryStore::CallToTrack &call : batch.trackCalls) {
        if (call.callId.isEmpty())
            return QStringLiteral("a call id is empty");
    }
    for (const HistoryStore::BatchStatisticsUpdate &update : batch.batchStatistics) {
        if (update.batchId.isEmpty())
            return QStringLiteral("a batch id is empty");
    }
    for (const CallSnapshot &snapshot : batch.snapshots) {
        if (snapshot.callId.isEmpty())
            return QStringLiteral("a snapshot has no call id");
    }
    for (qsizetype i = 0; i < batch.transitions.size(); ++i) {
        const HistoryStore::Transition &t = batch.transitions.at(i);
        const QString where = QStringLiteral("transitions[%1]: ").arg(i);
        if (t.callId.isEmpty())
            return where + QLatin1String("the call id is empty");
        if (!t.at.isValid())
            return where + QLatin1String("the time is invalid");
        if (t.attempt < 1)
            return where + QLatin1String("the attempt is less than 1");
    }
    return {};
}

// Off unless asked for (QT_LOGGING_RULES="callwatch.history.commit.debug=true"): one line per item of a
// batch, printed only after its transaction committed, so each line is an acknowledgement that the item
// is durable (the crash-safety test holds the app to every line it printed before being killed).
Q_LOGGING_CATEGORY(lcCommit, "callwatch.history.commit", QtWarningMsg)

void logCommitted(const HistoryStore::WriteBatch &batch)
{
    for (const HistoryStore::CallToTrack &call : batch.trackCalls)
        qCDebug(lcCommit).noquote() << "track-call" << call.callId << call.batchId;
    for (const QString &id : batch.trackBatches)
        qCDebug(lcCommit).noquote() << "track-batch" << id;
    for (const HistoryStore::BatchStatisticsUpdate &update : batch.batchStatistics) {
        qCDebug(lcCommit).noquote() << "batch-statistics" << update.batchId
                                    << update.statistics.value(QLatin1String("status")).toString();
    }
    for (const CallSnapshot &snapshot : batch.snapshots)
        qCDebug(lcCommit).noquote() << "snapshot" << snapshot.callId << snapshot.batchId;
    for (const HistoryStore::Transition &t : batch.transitions) {
        qCDebug(lcCommit).noquote() << "transition" << t.callId << t.attempt << callStatusToString(t.status)
                                    << t.source << t.at.toMSecsSinceEpoch();
    }
    for (const QString &id : batch.untrackCalls)
        qCDebug(lcCommit).noquote() << "untrack-call" << id;
    for (const QString &id : batch.untrackBatches)
        qCDebug(lcCommit).noquote() << "untrack-batch" << id;
}

} // namespace

bool HistoryStore::WriteBatch::isEmpty() const
{
    return itemCount() == 0;
}

qsizetype HistoryStore::WriteBatch::itemCount() const
{
    return trackCalls.size() + trackBatches.size() + batchStatistics.size() + snapshots.size() +
           transitions.size() + notFound.size() + found.size() + untrackCalls.size() + untrackBatches.size();
}

HistoryStore::HistoryStore(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_connectionName(QStringLiteral("callwatch-history-%1").arg(++connectionCounter))
{}

HistoryStore::~HistoryStore()
{
    // A last try for what is still queued; nobody is listening any more.
    blockSignals(true);
    if (m_mode != Mode::Closed && !m_queue.isEmpty())
        flush();
    closeConnection();
}

QString HistoryStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString HistoryStore::problem() const
{
    if (m_memoryReason.isEmpty())
        return m_writeProblem;
    const QString reason = tr("History is not being saved: %1").arg(m_memoryReason);
    return m_writeProblem.isEmpty() ? reason : reason + QLatin1Char(' ') + m_writeProblem;
}

void HistoryStore::setProblems(const QString &memoryReason, const QString &writeProblem)
{
    const QString before = problem();
    m_memoryReason = memoryReason;
    m_writeProblem = writeProblem;
    const QString after = problem();
    if (after != before)
        Q_EMIT problemChanged(after);
}

void HistoryStore::setWriteProblem(const QString &problem)
{
    setProblems(m_memoryReason, problem);
}

void HistoryStore::setBusyTimeoutMs(int ms)
{
    m_busyTimeoutMs = qMax(0, ms);
    if (m_db.isOpen())
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(m_busyTimeoutMs));
}

void HistoryStore::setMaxQueuedBatches(int count)
{
    m_maxQueuedBatches = qMax(1, count);
}

void HistoryStore::setRetentionDays(int days)
{
    m_retentionDays = qMax(0, days);
}

bool HistoryStore::openConnection(const QString &databaseName, const QString &options)
{
    if (!m_db.isValid())
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.close();
    m_db.setDatabaseName(databaseName);
    m_db.setConnectOptions(options);
    return m_db.open();
}

void HistoryStore::closeConnection()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

void HistoryStore::close()
{
    if (m_mode != Mode::Closed && !m_queue.isEmpty())
        flush(); // a last try; what still fails is dropped with the connection
    closeConnection();
    m_mode = Mode::Closed;
    m_queue.clear();
    m_droppedBatches = 0;
    setProblems({}, {});
}

bool HistoryStore::open(const QString &directory, OpenMode openMode)
{
    close();
    m_openMessage.clear();
    m_lastError.clear();
    const QString folder = directory.isEmpty() ? defaultDirectory() : directory;
    m_filePath = QDir(folder).absoluteFilePath(fileName());

    if (folder.isEmpty() || !QDir().mkpath(folder)) {
        fallBackToMemory(tr("the folder %1 cannot be created").arg(QDir::toNativeSeparators(folder)), false);
        return false;
    }

    QString reason;
    FileOutcome outcome = openFile(m_filePath, openMode, &reason);
    if (outcome == FileOutcome::Damaged) {
        closeConnection();
        QString movedTo;
        if (!moveAside(m_filePath, &movedTo)) {
            fallBackToMemory(tr("%1 is damaged (%2) and could not be moved aside")
                                 .arg(QDir::toNativeSeparators(m_filePath), reason),
                             false);
            return false;
        }
        const QString moved = tr("The history file was damaged (%1). It was moved to %2 and a new one was "
                                 "started.")
                                  .arg(reason, QDir::toNativeSeparators(movedTo));
        outcome = openFile(m_filePath, openMode, &reason);
        if (outcome == FileOutcome::Ok) {
            m_openMessage = moved;
            m_mode = Mode::File;
            return true;
        }
        fallBackToMemory(reason, false);
        m_openMessage = moved + QLatin1Char(' ') + problem();
        return false;
    }
    if (outcome == FileOutcome::Ok) {
        m_mode = Mode::File;
        return true;
    }
    fallBackToMemory(reason, outcome == FileOutcome::Readable ||
                                 (outcome == FileOutcome::Failed && QFileInfo::exists(m_filePath)));
    return false;
}

HistoryStore::FileOutcome HistoryStore::openFile(const QString &path, OpenMode openMode, QString *reason)
{
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_busyTimeoutMs);
    if (openMode == OpenMode::ReadOnly)
        options += QLatin1String(";QSQLITE_OPEN_READONLY");
    const QString shownPath = QDir::toNativeSeparators(path);
    // A file that is not a database at all is set aside before SQLite opens it: SQLite could take a
    // -wal file beside it for its own and remove it on close.
    if (QFile file(path); file.open(QIODevice::ReadOnly)) {
        const QByteArray header = file.read(16);
        if (!header.isEmpty() && header != QByteArray("SQLite format 3\0", 16)) {
            *reason = tr("file is not a database");
            setLastError(*reason);
            return FileOutcome::Damaged;
        }
    }
    if (!openConnection(path, options)) {
        const QSqlError error = m_db.lastError();
        setLastError(errorText(error));
        const QString why = error.databaseText().isEmpty() ? errorText(error) : error.databaseText();
        *reason = tr("%1 cannot be opened (%2)").arg(shownPath, why);
        return FileOutcome::Failed;
    }

    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // Reading fails if the file is not a database; a lock held by a writer (rollback journal) too.
    const auto readFailed = [&](const QSqlError &error) {
        setLastError(errorText(error));
        if (isDamage(sqliteCode(error))) {
            *reason = errorText(error);
            return FileOutcome::Damaged;
        }
        *reason = tr("%1 cannot be read: %2").arg(shownPath, describeError(error));
        return FileOutcome::Failed;
    };
    query.exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(m_busyTimeoutMs));
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return readFailed(query.lastError());
    const int version = query.value(0).toInt();
    if (!query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"
                                   " AND name NOT LIKE 'sqlite_%'")))
        return readFailed(query.lastError());
    QStringList tables;
    while (query.next())
        tables.append(query.value(0).toString());
    if (query.lastError().isValid())
        return readFailed(query.lastError());
    query.finish();

    if (version > SchemaVersion) {
        *reason = tr("%1 was made by a newer CallWatch (history version %2; this one knows up to %3). It was "
                     "left untouched.")
                      .arg(shownPath)
                      .arg(version)
                      .arg(SchemaVersion);
        return FileOutcome::Refused;
    }
    if (version == 0 && !tables.isEmpty()) {
        *reason = tr("%1 is not a CallWatch history file. It was left untouched.").arg(shownPath);
        return FileOutcome::Refused;
    }

    // Integrity. Every table that load() reads is checked with its indexes (PRAGMA quick_check(table),
    // SQLite 3.33+); the big transitions table is not read at startup, so it is checked only when a
    // previous session saw damage (the marker file) or when SQLite is too old for per-table checks.
    bool fullCheck = QFileInfo::exists(markerPath(path));
    if (version > 0) {
        if (!query.exec(QStringLiteral("SELECT sqlite_version()")) || !query.next())
            return readFailed(query.lastError());
        const QStringList parts = query.value(0).toString().split(QLatin1Char('.'));
        const int major = parts.value(0).toInt(), minor = parts.value(1).toInt();
        if (major < 3 || (major == 3 && minor < 33))
            fullCheck = true;
        query.finish();
        QStringList checks;
        if (fullCheck) {
            checks.append(QStringLiteral("PRAGMA quick_check"));
        } else {
            for (const QString &table : std::as_const(tables)) {
                if (table != QLatin1String("transitions"))
                    checks.append(QStringLiteral("PRAGMA quick_check(\"%1\")").arg(table));
            }
        }
        for (const QString &check : std::as_const(checks)) {
            if (!query.exec(check) || !query.next())
                return readFailed(query.lastError());
            const QString result = query.value(0).toString();
            query.finish();
            if (result != QLatin1String("ok")) {
                setLastError(result);
                *reason = tr("integrity check: %1").arg(result.simplified().left(200));
                return FileOutcome::Damaged;
            }
        }
    }

    // From here on the file is written: WAL, migrations, and a probe that proves it can be written.
    const auto writeFailed = [&](const QSqlError &error) {
        setLastError(errorText(error));
        if (isDamage(sqliteCode(error))) {
            *reason = errorText(error);
            return FileOutcome::Damaged;
        }
        *reason = tr("%1 cannot be written: %2").arg(shownPath, describeError(error));
        return FileOutcome::Readable;
    };
    if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
        return writeFailed(query.lastError());
    query.finish();
    if (!query.exec(QStringLiteral("PRAGMA synchronous = NORMAL")))
        return writeFailed(query.lastError());
    QSqlError migrationError;
    if (!migrate(version, SchemaVersion, &migrationError))
        return writeFailed(migrationError);
    QSqlQuery probe(m_db);
    if (!probe.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return writeFailed(probe.lastError());
    probe.prepare(
        QStringLiteral("INSERT OR REPLACE INTO store_info (key, value) VALUES ('last_opened_at', ?)"));
    probe.addBindValue(m_clock.now().toMSecsSinceEpoch());
    if (!probe.exec() || !probe.exec(QStringLiteral("COMMIT"))) {
        const QSqlError error = probe.lastError();
        probe.exec(QStringLiteral("ROLLBACK"));
        return writeFailed(error);
    }
    if (fullCheck)
        QFile::remove(markerPath(path));
    return FileOutcome::Ok;
}

bool HistoryStore::migrate(int fromVersion, int toVersion, QSqlError *error)
{
    QSqlQuery query(m_db);
    for (int version = fromVersion; version < toVersion; ++version) {
        const SchemaStep &schemaStep = SchemaSteps[version];
        bool ok = query.exec(QStringLiteral("BEGIN IMMEDIATE"));
        for (std::size_t i = 0; ok && i < schemaStep.count; ++i)
            ok = query.exec(QString::fromLatin1(schemaStep.statements[i]));
        ok = ok && query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version + 1));
        ok = ok && query.exec(QStringLiteral("COMMIT"));
        if (!ok) {
            *error = query.lastError();
            query.exec(QStringLiteral("ROLLBACK"));
            setLastError(errorText(*error));
            return false;
        }
    }
    return true;
}

void HistoryStore::fallBackToMemory(const QString &reason, bool copyFromFile)
{
    closeConnection();
    const QString memory = QStringLiteral(":memory:");
    bool ok = openConnection(memory, QStringLiteral("QSQLITE_OPEN_URI"));
    if (ok && !(copyFromFile && copyFileIntoMemory())) {
        // A clean, empty schema (also after a copy that failed half-way).
        QSqlError error;
        ok = openConnection(memory, {}) && migrate(0, SchemaVersion, &error);
    }
    if (ok) {
        m_mode = Mode::Memory;
    } else {
        // Should not happen (memory): the store stays Closed and every call fails cleanly.
        setLastError(errorText(m_db.lastError()));
    }
    setProblems(reason, {});
    m_openMessage = problem();
}

// Reads the file (read-only, through ATTACH) into the in-memory database, migrating it there when it is
// older, so the dashboard still shows the saved history although nothing new can be saved.
bool HistoryStore::copyFileIntoMemory()
{
    QUrl uri = QUrl::fromLocalFile(m_filePath);
    uri.setQuery(QStringLiteral("mode=ro"));
    const QString attach =
        QStringLiteral("ATTACH DATABASE '%1' AS saved")
            .arg(uri.toString(QUrl::FullyEncoded).replace(QLatin1Char('\''), QLatin1String("''")));
    const QString detach = QStringLiteral("DETACH DATABASE saved");
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    const auto failed = [&]() {
        setLastError(errorText(query.lastError()));
        return false;
    };
    if (!query.exec(attach) || !query.exec(QStringLiteral("PRAGMA saved.user_version")) || !query.next())
        return failed();
    const int version = query.value(0).toInt();
    query.finish();
    if (version < 1 || version > SchemaVersion || !query.exec(detach))
        return false;

    // The file's own schema in memory (the same steps made both), its rows, then the newer steps.
    QSqlError error;
    if (!migrate(0, version, &error))
        return false;
    QStringList tables;
    if (!query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"
                                   " AND name NOT LIKE 'sqlite_%'")))
        return failed();
    while (query.next())
        tables.append(query.value(0).toString());
    if (!query.exec(attach) || !query.exec(QStringLiteral("BEGIN")))
        return failed();
    for (const QString &table : std::as_const(tables)) {
        QStringList columns;
        if (!query.exec(QStringLiteral("PRAGMA main.table_info(\"%1\")").arg(table)))
            return failed();
        while (query.next())
            columns.append(QLatin1Char('"') + query.value(1).toString() + QLatin1Char('"'));
        const QString list = columns.join(QLatin1String(", "));
        if (!query.exec(QStringLiteral("INSERT OR REPLACE INTO main.\"%1\" (%2) SELECT %2 FROM saved.\"%1\"")
                            .arg(table, list))) {
            return failed();
        }
    }
    if (!query.exec(QStringLiteral("COMMIT")) || !query.exec(detach))
        return failed();
    return migrate(version, SchemaVersion, &error);
}

bool HistoryStore::moveAside(const QString &path, QString *movedTo)
{
    const QString stamp = m_clock.now().toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    QString target = path + QLatin1String(".corrupt-") + stamp;
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = path + QLatin1String(".corrupt-") + stamp + QLatin1Char('-') + QString::number(n);
    if (!QFile::rename(path, target)) {
        setLastError(tr("cannot rename %1 to %2").arg(path, target));
        return false;
    }
    for (const QLatin1String suffix :
         {QLatin1String("-wal"), QLatin1String("-shm"), QLatin1String("-journal")}) {
        if (QFileInfo::exists(path + suffix))
            QFile::rename(path + suffix, target + suffix);
    }
    QFile::remove(markerPath(path)); // it was about the file that has just been set aside
    *movedTo = target;
    return true;
}

void HistoryStore::markDamaged(const QString &error) const
{
    setLastError(error);
    if (m_mode != Mode::File)
        return;
    QFile marker(markerPath(m_filePath));
    if (marker.open(QIODevice::WriteOnly | QIODevice::Truncate))
        marker.write(error.toUtf8());
}

bool HistoryStore::write(const WriteBatch &batch)
{
    if (m_mode == Mode::Closed) {
        setLastError(tr("the history store is not open"));
        return false;
    }
    const QString invalid = invalidReason(batch);
    if (!invalid.isEmpty()) {
        setLastError(tr("invalid history batch, nothing written: %1").arg(invalid));
        return false;
    }
    if (!batch.isEmpty()) {
        m_queue.append({batch, m_clock.now()});
        while (m_queue.size() > m_maxQueuedBatches) {
            m_queue.removeFirst();
            ++m_droppedBatches;
        }
    }
    return flush();
}

bool HistoryStore::flush()
{
    if (m_mode == Mode::Closed) {
        setLastError(tr("the history store is not open"));
        return false;
    }
    if (m_queue.isEmpty()) {
        m_droppedBatches = 0;
        setWriteProblem({});
        return true;
    }

    QElapsedTimer busy;
    busy.start();
    const auto addBusyTime = qScopeGuard([this, &busy] { m_writeStatistics.busyNs += busy.nsecsElapsed(); });
    QSqlQuery control(m_db);
    const auto fail = [&](const QSqlError &error) {
        control.exec(QStringLiteral("ROLLBACK")); // harmless when SQLite already rolled back
        setLastError(errorText(error));
        if (isDamage(sqliteCode(error)))
            markDamaged(errorText(error));
        const int queued = int(m_queue.size());
        QString text =
            tr("History could not be saved: %1.").arg(describeError(error)) + QLatin1Char(' ') +
            (queued == 1 ? tr("1 batch of changes is kept in memory and will be retried.")
                         : tr("%1 batches of changes are kept in memory and will be retried.").arg(queued));
        if (m_droppedBatches > 0) {
            text += QLatin1Char(' ') +
                    tr("%1 older batch(es) of changes were dropped because too many were waiting.")
                        .arg(m_droppedBatches);
        }
        setWriteProblem(text);
        return false;
    };

    if (!control.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return fail(control.lastError());
    qsizetype rejected = 0;
    QSqlError rejection;
    QList<qsizetype> rejectedAt; // which queued batches were rolled back alone (for the commit log)
    {
        Statements statements(m_db);
        QSqlError error;
        if (!statements.prepare(&error))
            return fail(error);
        for (qsizetype i = 0; i < m_queue.size(); ++i) {
            if (!control.exec(QStringLiteral("SAVEPOINT batch")))
                return fail(control.lastError());
            if (applyBatch(statements, m_queue.at(i).batch, m_queue.at(i).at, &error)) {
                if (!control.exec(QStringLiteral("RELEASE batch")))
                    return fail(control.lastError());
                continue;
            }
            if (!isPermanent(sqliteCode(error)))
                return fail(error);
            // Retrying cannot help: undo this batch alone and go on with the others.
            if (!control.exec(QStringLiteral("ROLLBACK TO batch")) ||
                !control.exec(QStringLiteral("RELEASE batch")))
                return fail(control.lastError());
            ++rejected;
            rejection = error;
            rejectedAt.append(i);
        }
    }
    if (!control.exec(QStringLiteral("COMMIT")))
        return fail(control.lastError());
    ++m_writeStatistics.transactions;
    for (qsizetype i = 0; i < m_queue.size(); ++i) {
        if (!rejectedAt.contains(i)) {
            m_writeStatistics.snapshots += m_queue.at(i).batch.snapshots.size();
            m_writeStatistics.transitions += m_queue.at(i).batch.transitions.size();
        }
    }
    if (m_mode == Mode::File && lcCommit().isDebugEnabled()) {
        for (qsizetype i = 0; i < m_queue.size(); ++i) {
            if (!rejectedAt.contains(i))
                logCommitted(m_queue.at(i).batch);
        }
    }

    m_queue.clear();
    const qint64 dropped = m_droppedBatches;
    m_droppedBatches = 0;
    if (rejected > 0) {
        setLastError(errorText(rejection));
        setWriteProblem(tr("%1 batch(es) of changes were rejected by the database and dropped: %2")
                            .arg(rejected)
                            .arg(errorText(rejection)));
        return false;
    }
    if (dropped > 0) {
        // The problem was reported while it lasted; the earlier batches are gone for good.
        setLastError(tr("%1 older batch(es) of changes were dropped while the database could not be written")
                         .arg(dropped));
    }
    setWriteProblem({});
    return true;
}

HistoryStore::LoadedState HistoryStore::load() const
{
    if (m_mode == Mode::Closed) {
        setLastError(tr("the history store is not open"));
        LoadedState state;
        state.ok = false;
        return state;
    }
    QSqlError error;
    LoadedState state = loadFrom(m_db, &error);
    if (!state.ok) {
        setLastError(errorText(error));
        if (isDamage(sqliteCode(error)))
            markDamaged(errorText(error));
    }
    return state;
}

HistoryStore::LoadedState HistoryStore::loadFrom(const QSqlDatabase &db, QSqlError *error)
{
    LoadedState state;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    const auto failed = [&]() {
        *error = query.lastError();
        state.ok = false;
        return state;
    };

    if (!query.exec(QStringLiteral("SELECT c.call_id, c.batch_id, c.added_at, c.not_found, c.attempt,"
                                   " s.snapshot_json, s.raw_json, s.source, s.received_at"
                                   " FROM calls c LEFT JOIN call_snapshots s ON s.call_id = c.call_id"
                                   " ORDER BY c.added_at, c.rowid"))) {
        return failed();
    }
    // Batch ids repeat for every member: one shared string per batch instead of one per call.
    QString lastBatch;
    while (query.next()) {
        TrackedCall call;
        call.callId = query.value(0).toString();
        call.batchId = query.value(1).toString();
        if (call.batchId == lastBatch)
            call.batchId = lastBatch;
        else
            lastBatch = call.batchId;
        call.addedAt = timeFromMs(query.value(2));
        call.notFound = query.value(3).toInt() != 0;
        call.attempt = qMax(1, query.value(4).toInt());
        const QString snapshotJson = query.value(5).toString();
        if (!snapshotJson.isEmpty()) {
            ParseResult<CallSnapshot> parsed =
                PayloadParser::liveCallFromObject(objectFromText(snapshotJson));
            if (parsed.ok()) {
                CallSnapshot snapshot = std::move(parsed.value());
                snapshot.raw = objectFromText(query.value(6).toString());
                snapshot.source = sourceFromName(query.value(7).toString());
                snapshot.receivedAt = timeFromMs(query.value(8));
                if (snapshot.batchId == call.batchId)
                    snapshot.batchId = call.batchId;
                call.snapshot = std::move(snapshot);
            }
        }
        state.calls.append(std::move(call));
    }
    if (query.lastError().isValid())
        return failed();

    if (!query.exec(QStringLiteral("SELECT batch_id, added_at, statistics_json, statistics_at FROM batches"
                                   " ORDER BY added_at, batch_id"))) {
        return failed();
    }
    while (query.next()) {
        TrackedBatch batch;
        batch.batchId = query.value(0).toString();
        batch.addedAt = timeFromMs(query.value(1));
        batch.statistics = objectFromText(query.value(2).toString());
        batch.statisticsAt = timeFromMs(query.value(3));
        state.batches.append(std::move(batch));
    }
    if (query.lastError().isValid())
        return failed();

    if (!query.exec(QStringLiteral("SELECT value FROM store_info WHERE key = 'transition_count'")))
        return failed();
    if (query.next())
        state.transitionCount = query.value(0).toLongLong();
    return state;
}

QList<HistoryStore::Transition> HistoryStore::transitions(const QString &callId) const
{
    QList<Transition> result;
    if (m_mode == Mode::Closed)
        return result;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT at, attempt, source, status, status_text, error FROM transitions"
                                 " WHERE call_id = ? ORDER BY at, id"));
    query.addBindValue(callId);
    if (query.exec()) {
        while (query.next()) {
            Transition t;
            t.callId = callId;
            t.at = timeFromMs(query.value(0));
            t.attempt = query.value(1).toInt();
            t.source = query.value(2).toString();
            t.status = callStatusFromString(query.value(3).toString());
            t.statusText = query.value(4).toString();
            t.error = query.value(5).toString();
            result.append(std::move(t));
        }
    }
    if (query.lastError().isValid()) {
        setLastError(errorText(query.lastError()));
        if (isDamage(sqliteCode(query.lastError())))
            markDamaged(errorText(query.lastError()));
    }
    return result;
}

QList<HistoryStore::BucketCount> HistoryStore::countTransitions(const QDateTime &from, const QDateTime &to,
                                                                qint64 bucketSeconds) const
{
    QList<BucketCount> buckets;
    if (m_mode == Mode::Closed || !from.isValid() || !to.isValid() || bucketSeconds <= 0 || to <= from)
        return buckets;
    const qint64 fromMs = from.toMSecsSinceEpoch();
    const qint64 toMs = to.toMSecsSinceEpoch();
    const qint64 bucketMs = bucketSeconds * 1000;
    const qint64 count = (toMs - fromMs + bucketMs - 1) / bucketMs;
    if (count > 100'000)
        return buckets;
    buckets.resize(count);
    for (qint64 i = 0; i < count; ++i)
        buckets[i].start = QDateTime::fromMSecsSinceEpoch(fromMs + i * bucketMs, QTimeZone::utc());

    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT (at - ?) / ? AS bucket, status, count(*) FROM transitions"
                                 " WHERE at >= ? AND at < ? AND status IN ('COMPLETED', 'MISSED', 'FAILED')"
                                 " GROUP BY bucket, status"));
    query.addBindValue(fromMs);
    query.addBindValue(bucketMs);
    query.addBindValue(fromMs);
    query.addBindValue(toMs);
    if (!query.exec()) {
        setLastError(errorText(query.lastError()));
        return buckets;
    }
    while (query.next()) {
        const qint64 index = query.value(0).toLongLong();
        if (index < 0 || index >= count)
            continue;
        BucketCount &bucket = buckets[index];
        const qint64 n = query.value(2).toLongLong();
        switch (callStatusFromString(query.value(1).toString())) {
        case CallStatus::Completed:
            bucket.completed += n;
            break;
        case CallStatus::Missed:
            bucket.missed += n;
            break;
        case CallStatus::Failed:
            bucket.failed += n;
            break;
        default:
            break;
        }
    }
    if (query.lastError().isValid())
        setLastError(errorText(query.lastError()));
    return buckets;
}

namespace {

// status -> CallStatus as an integer, so reading a million rows converts no status text.
QString statusAsNumber(QLatin1String column)
{
    QString sql = QStringLiteral("CASE ") + column;
    for (const CallStatus status : {CallStatus::Scheduled, CallStatus::Ongoing, CallStatus::Completed,
                                    CallStatus::Missed, CallStatus::Failed}) {
        sql += QStringLiteral(" WHEN '%1' THEN %2").arg(callStatusToString(status)).arg(int(status));
    }
    return sql + QStringLiteral(" ELSE %1 END").arg(int(CallStatus::Unknown));
}

CallStatus statusFromNumber(int value)
{
    switch (value) {
    case int(CallStatus::Scheduled):
        return CallStatus::Scheduled;
    case int(CallStatus::Ongoing):
        return CallStatus::Ongoing;
    case int(CallStatus::Completed):
        return CallStatus::Completed;
    case int(CallStatus::Missed):
        return CallStatus::Missed;
    case int(CallStatus::Failed):
        return CallStatus::Failed;
    default:
        return CallStatus::Unknown;
    }
}

// The body of visitTransitionsBetween(), on any connection (the store's own, or a reader's in another
// thread). Stops early, returning true, when *cancel becomes true.
bool visitRows(const QSqlDatabase &db, const QDateTime &from, const QDateTime &to,
               const QDateTime &lastPerCallSince,
               const std::function<void(const HistoryStore::TransitionRow &)> &visit, QSqlError *error,
               const std::atomic<bool> *cancel)
{
    const bool withState = lastPerCallSince.isValid() && lastPerCallSince < from;
    // The range comes in the order of transitions_by_time (at, status, id) and is merged with the
    // look-back rows (few: one per call), so SQLite sorts neither the range nor the result; rows of the
    // same millisecond are put back in the order written below. row_number() picks each call's last
    // transition by (at, id), ties included, which max(at) with bare columns would leave to chance.
    const QString status = statusAsNumber(QLatin1String("status"));
    QString sql =
        QStringLiteral("SELECT at, id, call_id, %1, error FROM transitions WHERE at >= ? AND at < ?")
            .arg(status);
    if (withState) {
        sql += QStringLiteral(" UNION ALL SELECT at, id, call_id, %1, error FROM"
                              " (SELECT at, id, call_id, status, error, row_number() OVER"
                              " (PARTITION BY call_id ORDER BY at DESC, id DESC) AS n"
                              " FROM transitions WHERE at >= ? AND at < ?) WHERE n = 1")
                   .arg(status);
    }
    sql += QStringLiteral(" ORDER BY 1");

    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        *error = query.lastError();
        return false;
    }
    query.addBindValue(from.toMSecsSinceEpoch());
    query.addBindValue(to.toMSecsSinceEpoch());
    if (withState) {
        query.addBindValue(lastPerCallSince.toMSecsSinceEpoch());
        query.addBindValue(from.toMSecsSinceEpoch());
    }
    if (!query.exec()) {
        *error = query.lastError();
        return false;
    }

    // Rows of one millisecond, put in the order written (by id) before they are handed on.
    std::vector<std::pair<qint64, HistoryStore::TransitionRow>> run;
    const auto flushRun = [&]() {
        if (run.size() > 1) {
            std::sort(run.begin(), run.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        }
        for (const auto &[id, row] : run)
            visit(row);
        run.clear();
    };
    qint64 rows = 0;
    while (query.next()) {
        if (cancel && (++rows & 0x3ff) == 0 && cancel->load(std::memory_order_relaxed))
            return true;
        HistoryStore::TransitionRow row;
        row.atMs = query.value(0).toLongLong();
        if (!run.empty() && run.front().second.atMs != row.atMs)
            flushRun();
        row.callId = query.value(2).toString();
        row.status = statusFromNumber(query.value(3).toInt());
        row.error = query.value(4).toString();
        run.emplace_back(query.value(1).toLongLong(), std::move(row));
    }
    flushRun();
    if (query.lastError().isValid()) {
        *error = query.lastError();
        return false;
    }
    return true;
}

QAtomicInt readerCounter;

// A private connection to the history file for one reader in the current thread (any thread), closed
// and removed when it goes out of scope. Reads only (PRAGMA query_only); in WAL mode it sees the last
// committed state and never blocks the writer.
class ReaderConnection
{
public:
    ReaderConnection(const QString &filePath, int busyTimeoutMs)
        : m_name(QStringLiteral("callwatch-history-reader-%1").arg(++readerCounter))
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        m_db.setDatabaseName(filePath);
        m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
        m_ok = QFileInfo::exists(filePath) && m_db.open();
        if (m_ok)
            m_ok = QSqlQuery(m_db).exec(QStringLiteral("PRAGMA query_only = 1"));
        if (!m_ok)
            m_error = errorText(m_db.lastError());
    }
    ~ReaderConnection()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    ReaderConnection(const ReaderConnection &) = delete;
    ReaderConnection &operator=(const ReaderConnection &) = delete;

    bool ok() const { return m_ok; }
    QString error() const { return m_error.isEmpty() ? QStringLiteral("cannot open") : m_error; }
    const QSqlDatabase &db() const { return m_db; }

private:
    QString m_name;
    QSqlDatabase m_db;
    bool m_ok = false;
    QString m_error;
};

} // namespace

bool HistoryStore::visitTransitionsBetween(const QDateTime &from, const QDateTime &to,
                                           const QDateTime &lastPerCallSince,
                                           const std::function<void(const TransitionRow &)> &visit) const
{
    if (m_mode == Mode::Closed) {
        setLastError(tr("the history store is not open"));
        return false;
    }
    if (!from.isValid() || !to.isValid()) {
        setLastError(tr("invalid time range"));
        return false;
    }
    QSqlError error;
    if (!visitRows(m_db, from, to, lastPerCallSince, visit, &error, nullptr)) {
        setLastError(errorText(error));
        if (isDamage(sqliteCode(error)))
            markDamaged(errorText(error));
        return false;
    }
    return true;
}

QString HistoryStore::readerPath() const
{
    return m_mode == Mode::File ? m_filePath : QString();
}

bool HistoryStore::readTransitionsBetween(const QString &filePath, const QDateTime &from, const QDateTime &to,
                                          const QDateTime &lastPerCallSince,
                                          const std::function<void(const TransitionRow &)> &visit,
                                          const std::atomic<bool> *cancel, QString *error)
{
    if (!from.isValid() || !to.isValid()) {
        if (error)
            *error = tr("invalid time range");
        return false;
    }
    const ReaderConnection reader(filePath, DefaultBusyTimeoutMs);
    if (!reader.ok()) {
        if (error)
            *error = reader.error();
        return false;
    }
    QSqlError sqlError;
    if (!visitRows(reader.db(), from, to, lastPerCallSince, visit, &sqlError, cancel)) {
        if (error)
            *error = errorText(sqlError);
        return false;
    }
    return true;
}

HistoryStore::LoadedState HistoryStore::readState(const QString &filePath, QString *error)
{
    const ReaderConnection reader(filePath, DefaultBusyTimeoutMs);
    if (!reader.ok()) {
        LoadedState state;
        state.ok = false;
        if (error)
            *error = reader.error();
        return state;
    }
    QSqlError sqlError;
    LoadedState state = loadFrom(reader.db(), &sqlError);
    if (!state.ok && error)
        *error = errorText(sqlError);
    return state;
}

QList<HistoryStore::TransitionRow> HistoryStore::transitionsBetween(const QDateTime &from,
                                                                    const QDateTime &to,
                                                                    const QDateTime &lastPerCallSince) const
{
    QList<TransitionRow> rows;
    if (!visitTransitionsBetween(from, to, lastPerCallSince,
                                 [&rows](const TransitionRow &row) { rows.append(row); })) {
        return {};
    }
    return rows;
}

int HistoryStore::pruneTransitions(const QDateTime &olderThan)
{
    if (m_mode == Mode::Closed || !olderThan.isValid()) {
        setLastError(tr("the history store is not open"));
        return -1;
    }
    QSqlQuery query(m_db);
    const auto fail = [&]() {
        setLastError(errorText(query.lastError()));
        query.exec(QStringLiteral("ROLLBACK"));
        return -1;
    };
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return fail();
    query.prepare(QStringLiteral("DELETE FROM transitions WHERE at < ?"));
    query.addBindValue(olderThan.toMSecsSinceEpoch());
    if (!query.exec())
        return fail();
    const int removed = query.numRowsAffected();
    query.prepare(QStringLiteral("UPDATE store_info SET value = value - ? WHERE key = 'transition_count'"));
    query.addBindValue(removed);
    if (!query.exec() || !query.exec(QStringLiteral("COMMIT")))
        return fail();
    return removed;
}

int HistoryStore::applyRetention()
{
    if (m_retentionDays <= 0)
        return 0;
    return pruneTransitions(m_clock.now().addDays(-m_retentionDays));
}

} // namespace cw
