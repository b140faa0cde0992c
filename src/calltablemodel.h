#pragma once

#include "callsnapshot.h"
#include "clock.h"
#include "statusstyle.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>

#include <array>

namespace cw {

// The tracked calls, one row each. Updates arrive in batches (a poll cycle, a batch body, a webhook) and
// are applied without resets: new rows are appended in one insert, changed rows are announced as
// dataChanged ranges that name only the columns whose cells changed (see emitRowsChanged()).
//
// Memory (100,000 rows): a row does not keep the snapshot's raw payload (the history store does), and
// texts many rows share (batch id, status text, error code, agent, direction) are stored once.
class CallTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column : int
    {
        CallIdColumn = 0,
        StatusColumn,
        PhoneColumn,
        ContactColumn,
        BatchColumn,
        StartedColumn,
        DurationColumn,
        ErrorColumn,
        RecordingColumn,
        LastUpdateColumn,
        SourceColumn,
        ColumnCount // sentinel
    };
    Q_ENUM(Column)

    enum Role : int
    {
        RawValueRole = Qt::UserRole + 1, // the unformatted value, for sorting
        CallIdRole,
        StatusRole, // CallStatus as int
        BatchIdRole,
    };

    explicit CallTableModel(const Clock &clock = Clock::system(), QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Stores snapshots as given, replacing known rows (the caller has already merged them and applied the
    // lifecycle rules) and appending new ids.
    // Returns the number of rows inserted or changed.
    // A list given as an rvalue is moved from (what the tracker does: no copy of each row).
    int upsert(const QList<CallSnapshot> &snapshots);
    int upsert(QList<CallSnapshot> &&snapshots);
    int upsert(const CallSnapshot &snapshot) { return upsert(QList<CallSnapshot>{snapshot}); }
    // The same, with the row the caller already found for each snapshot (rowOf(); -1: none), so the
    // model need not look each call up again. A hint that does not hold that call is looked up as usual.
    int upsert(QList<CallSnapshot> &&snapshots, const QList<int> &rowHints);
    // Adds a row for an id we have not heard about yet ("Checking…"); no-op for known ids.
    bool addPlaceholder(const QString &callId, const QString &batchId = {});
    int removeCalls(const QStringList &callIds);
    void clear();

    // Calls Dialgen does not know (404 on both endpoints): shown as "Not found", no longer polled.
    void setNotFound(const QStringList &callIds, bool notFound);
    bool isNotFound(const QString &callId) const { return m_notFound.contains(callId); }
    int notFoundCount() const { return int(m_notFound.size()); }

    // Calls with no successful update for several cadences: shown greyed, marked "stale".
    void setStale(const QStringList &callIds);
    bool isStale(const QString &callId) const { return m_stale.contains(callId); }
    // ONGOING for longer than this is shown as "possibly stuck" (Dialgen's calls are much shorter).
    void setMaxCallDuration(qint64 seconds) { m_maxCallDurationS = seconds; }
    bool isPossiblyStuck(const CallSnapshot &call) const;

    bool contains(const QString &callId) const { return m_rowById.contains(callId); }
    int rowOf(const QString &callId) const { return m_rowById.value(callId, -1); }
    const CallSnapshot *snapshot(const QString &callId) const;
    const CallSnapshot &snapshotAt(int row) const { return m_rows.at(row); }
    QStringList callIds() const;

    // Orders two rows by a column's raw value (what RawValueRole gives), without building QVariants:
    // negative, zero or positive. The filter proxy sorts 100,000 rows with this.
    int compareRows(int leftRow, int rightRow, int column) const;

    // Rows per status, kept up to date incrementally.
    int count(CallStatus status) const { return m_counts[std::size_t(status)]; }

    // Time-dependent cells (ticking duration of ongoing calls, "last update" ages) changed.
    void tick();

    Theme theme() const { return m_theme; }
    void setTheme(Theme theme);

    // "1:05", "12:03:09"
    static QString formatDuration(qint64 seconds);
    // "just now", "42 s ago", "5 min ago", "3 h ago", "2 d ago"
    static QString formatAge(qint64 seconds);

Q_SIGNALS:
    void countsChanged();

private:
    template<typename List>
    int upsertAll(List &&snapshots, const QList<int> *rowHints = nullptr);
    QVariant displayData(const CallSnapshot &call, int column) const;
    QVariant rawData(const CallSnapshot &call, int column) const;
    qint64 liveDuration(const CallSnapshot &call) const; // -1 when unknown
    QString formatStarted(const QDateTime &start) const;
    // A changed row and the columns (bit i: column i) whose cells show something different.
    struct RowChange
    {
        int row;
        quint32 columns;
    };
    static constexpr quint32 AllColumns = (1u << ColumnCount) - 1;
    // Takes into `row` what differs in `incoming`; returns the columns whose cells changed.
    template<typename Snapshot>
    quint32 updateRow(CallSnapshot &row, Snapshot &&incoming);
    void emitRowsChanged(QList<RowChange> changes);
    void countAdd(const CallSnapshot &call, int delta);
    void intern(CallSnapshot &row);
    void intern(QString &text);

    const Clock &m_clock;
    QList<CallSnapshot> m_rows;
    QHash<QString, int> m_rowById;
    std::array<int, 6> m_counts{};
    QSet<QString> m_notFound;
    QSet<QString> m_stale;
    QSet<QString> m_shared; // texts rows have in common, stored once (intern())
    qint64 m_maxCallDurationS = 1800;
    Theme m_theme = Theme::Light;
};

} // namespace cw
