#include "calltablemodel.h"

#include "errorcodes.h"
#include "i18n.h"

#include <QFont>
#include <QLocale>
#include <QVarLengthArray>

#include <algorithm>
#include <bit>
#include <tuple>
#include <type_traits>
#include <utility>

namespace cw {

CallTableModel::CallTableModel(const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock(clock)
{}

int CallTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CallTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CallTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole) {
        switch (Column(section)) {
        case CallIdColumn:
            //: Column header of the call table (keep short)
            return tr("Call ID");
        case StatusColumn:
            //: Column header of the call table (keep short)
            return tr("Status");
        case PhoneColumn:
            //: Column header of the call table: the phone number called (keep short)
            return tr("Phone");
        case ContactColumn:
            //: Column header of the call table: the person called (keep short)
            return tr("Contact");
        case BatchColumn:
            //: Column header of the call table: the Dialgen batch (a list of calls placed together) the call
            //: belongs to (keep short)
            return tr("Batch");
        case StartedColumn:
            //: Column header of the call table: when the call started (keep short)
            return tr("Started");
        case DurationColumn:
            //: Column header of the call table (keep short)
            return tr("Duration");
        case ErrorColumn:
            //: Column header of the call table: the error Dialgen reported (keep short)
            return tr("Error");
        case RecordingColumn:
            //: Column header of the call table: whether a recording of the call exists (keep short)
            return tr("Recording");
        case LastUpdateColumn:
            //: Column header of the call table: how long ago the call's status was last received (keep short)
            return tr("Last update");
        case SourceColumn:
            //: Column header of the call table: which Dialgen endpoint the last update came from (keep short)
            return tr("Source");
        case ColumnCount:
            break;
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case StartedColumn:
            return tr("When the current attempt started, in local time");
        case DurationColumn:
            return tr("Length of the call; counts up while the call is ongoing");
        case LastUpdateColumn:
            return tr("How long ago CallWatch last heard about this call");
        case SourceColumn:
            return tr("Where the last update came from: live status, batch status, persistent status, "
                      "webhook");
        default:
            break;
        }
    }
    return {};
}

qint64 CallTableModel::liveDuration(const CallSnapshot &call) const
{
    if (call.status == CallStatus::Ongoing && call.startTime.isValid()) {
        // Tick between polls: time since the attempt started, never less than what Dialgen reported.
        const qint64 elapsed = qMax<qint64>(0, call.startTime.secsTo(m_clock.now()));
        return qMax(elapsed, call.duration.value_or(0));
    }
    return call.duration.has_value() ? *call.duration : -1;
}

QString CallTableModel::formatDuration(qint64 seconds)
{
    if (seconds < 0)
        return {};
    return cw::formatDuration(seconds);
}

QString CallTableModel::formatAge(qint64 seconds)
{
    //: How long ago the last update came (table cell and status bar: keep short)
    if (seconds < 5)
        return tr("just now");
    //: %1 is a number of seconds; "s" is the abbreviation of seconds (table cell: keep short)
    if (seconds < 60)
        return tr("%1 s ago").arg(seconds);
    //: %1 is a number of minutes (table cell: keep short)
    if (seconds < 3600)
        return tr("%1 min ago").arg(seconds / 60);
    //: %1 is a number of hours; "h" is the abbreviation of hours (table cell: keep short)
    if (seconds < 86400)
        return tr("%1 h ago").arg(seconds / 3600);
    //: %1 is a number of days; "d" is the abbreviation of days (table cell: keep short)
    return tr("%1 d ago").arg(seconds / 86400);
}

QString CallTableModel::formatStarted(const QDateTime &start) const
{
    if (!start.isValid())
        return {};
    // Today's calls need only the time; older ones the date as well. Always in local time.
    const QDateTime local = start.toLocalTime();
    const QLocale locale;
    if (local.date() == m_clock.now().toLocalTime().date())
        return formatTime(local.time(), locale, TimePrecision::Seconds);
    return formatDateTime(local, locale, TimePrecision::Minutes);
}

QVariant CallTableModel::displayData(const CallSnapshot &call, int column) const
{
    switch (Column(column)) {
    case CallIdColumn:
        return call.callId;
    case StatusColumn:
        if (call.status == CallStatus::Unknown && m_notFound.contains(call.callId))
            //: Status cell: Dialgen does not know this call id (keep short)
            return tr("Not found");
        if (isPossiblyStuck(call))
            //: Status cell; %1 is a call status such as "Ongoing"
            return tr("%1 — possibly stuck").arg(StatusStyle::label(call.status));
        return StatusStyle::label(call.status, call.statusText);
    case PhoneColumn:
        return call.phoneNumber;
    case ContactColumn:
        return call.contactName.isEmpty() ? call.contactId : call.contactName;
    case BatchColumn:
        return call.batchId;
    case StartedColumn:
        return formatStarted(call.startTime);
    case DurationColumn:
        return formatDuration(liveDuration(call));
    case ErrorColumn:
        return errorCellText(call.error);
    case RecordingColumn:
        return QString(); // an icon; the accessible text says it in words
    case LastUpdateColumn: {
        if (!call.receivedAt.isValid())
            return QString();
        const QString age = formatAge(call.receivedAt.secsTo(m_clock.now()));
        //: Last-update cell; %1 is an age such as "5 min ago"; stale = not refreshed for too long
        return m_stale.contains(call.callId) ? tr("%1 · stale").arg(age) : age;
    }
    case SourceColumn:
        return call.receivedAt.isValid() ? snapshotSourceName(call.source) : QString();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant CallTableModel::rawData(const CallSnapshot &call, int column) const
{
    switch (Column(column)) {
    case StatusColumn:
        return lifecycleRank(call.status) * 8 + int(call.status);
    case StartedColumn:
        return call.startTime.isValid() ? call.startTime.toMSecsSinceEpoch() : qint64(-1);
    case DurationColumn:
        return liveDuration(call);
    case RecordingColumn:
        return call.recordingUrl.isValid() ? 1 : 0;
    case LastUpdateColumn:
        return call.receivedAt.isValid() ? call.receivedAt.toMSecsSinceEpoch() : qint64(-1);
    case ErrorColumn:
        return call.error;
    default:
        return displayData(call, column);
    }
}

int CallTableModel::compareRows(int leftRow, int rightRow, int column) const
{
    const CallSnapshot &a = m_rows.at(leftRow);
    const CallSnapshot &b = m_rows.at(rightRow);
    const auto cmp = [](auto x, auto y) {
        return x < y ? -1 : (y < x ? 1 : 0);
    };
    const auto text = [](const QString &x, const QString &y) {
        return x.compare(y, Qt::CaseInsensitive);
    };
    switch (Column(column)) {
    case StatusColumn:
        return cmp(lifecycleRank(a.status) * 8 + int(a.status), lifecycleRank(b.status) * 8 + int(b.status));
    case StartedColumn:
        return cmp(a.startTime.isValid() ? a.startTime.toMSecsSinceEpoch() : qint64(-1),
                   b.startTime.isValid() ? b.startTime.toMSecsSinceEpoch() : qint64(-1));
    case DurationColumn:
        return cmp(liveDuration(a), liveDuration(b));
    case RecordingColumn:
        return cmp(a.recordingUrl.isValid() ? 1 : 0, b.recordingUrl.isValid() ? 1 : 0);
    case LastUpdateColumn:
        return cmp(a.receivedAt.isValid() ? a.receivedAt.toMSecsSinceEpoch() : qint64(-1),
                   b.receivedAt.isValid() ? b.receivedAt.toMSecsSinceEpoch() : qint64(-1));
    case ErrorColumn:
        return text(a.error, b.error);
    case CallIdColumn:
        return text(a.callId, b.callId);
    case PhoneColumn:
        return text(a.phoneNumber, b.phoneNumber);
    case ContactColumn:
        return text(a.contactName.isEmpty() ? a.contactId : a.contactName,
                    b.contactName.isEmpty() ? b.contactId : b.contactName);
    case BatchColumn:
        return text(a.batchId, b.batchId);
    case SourceColumn:
        return text(displayData(a, column).toString(), displayData(b, column).toString());
    case ColumnCount:
        break;
    }
    return 0;
}

QVariant CallTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CallSnapshot &call = m_rows.at(index.row());
    const int column = index.column();

    switch (role) {
    case Qt::DisplayRole:
        return displayData(call, column);
    case RawValueRole:
        return rawData(call, column);
    case CallIdRole:
        return call.callId;
    case StatusRole:
        return int(call.status);
    case BatchIdRole:
        return call.batchId;
    case Qt::DecorationRole:
        if (column == StatusColumn)
            return StatusStyle::icon(call.status, m_theme);
        if (column == RecordingColumn && call.recordingUrl.isValid())
            return StatusStyle::themedIcon(QStringLiteral("recording"), m_theme);
        return {};
    case Qt::BackgroundRole:
        if (column == StatusColumn)
            return StatusStyle::background(call.status, m_theme);
        return {};
    case Qt::ToolTipRole:
        if (column == RecordingColumn && call.recordingUrl.isValid())
            return call.recordingUrl.toString();
        if (column == LastUpdateColumn && m_stale.contains(call.callId))
            return tr(
                "CallWatch has not been able to update this call for a while; what you see may be out of "
                "date. Polling keeps trying.");
        if (column == StatusColumn && isPossiblyStuck(call))
            return tr("This call has been ongoing for longer than %1 minutes. CallWatch re-checks it with "
                      "Dialgen's persistent status.")
                .arg(m_maxCallDurationS / 60);
        if (column == StatusColumn && m_notFound.contains(call.callId))
            return tr("Dialgen does not know this call id (live and persistent status both answered 404). "
                      "Use Refresh to ask again.");
        if (column == StatusColumn && call.status == CallStatus::Unknown && !call.statusText.isEmpty())
            return tr("Dialgen reported a status CallWatch does not know: %1").arg(call.statusText);
        if (column == ErrorColumn && !call.error.isEmpty())
            return call.error;
        if (column == StartedColumn && call.startTime.isValid())
            return QLocale().toString(call.startTime.toLocalTime(), QLocale::LongFormat);
        return {};
    case Qt::AccessibleTextRole:
        if (column == RecordingColumn)
            return call.recordingUrl.isValid() ? tr("Recording available") : tr("No recording");
        return displayData(call, column);
    case Qt::FontRole:
        if (m_stale.contains(call.callId)) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == DurationColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        if (column == RecordingColumn)
            return QVariant(Qt::AlignCenter);
        return {};
    default:
        return {};
    }
}

void CallTableModel::countAdd(const CallSnapshot &call, int delta)
{
    m_counts[std::size_t(call.status)] += delta;
}

template<typename List>
int CallTableModel::upsertAll(List &&snapshots, const QList<int> *rowHints)
{
    // Moves the snapshots out of a list given as an rvalue, copies them otherwise.
    constexpr bool movable = !std::is_lvalue_reference_v<List>;
    const auto pass = [](auto &value) -> decltype(auto) {
        if constexpr (movable)
            return std::move(value);
        else
            return std::as_const(value);
    };
    if (snapshots.isEmpty())
        return 0;
    QList<RowChange> changedRows;
    int replaced = 0;
    QList<CallSnapshot> fresh;
    QHash<QString, int> freshIndex;
    bool countsMoved = false;

    for (qsizetype i = 0; i < snapshots.size(); ++i) {
        auto &snapshot = snapshots[i];
        if (snapshot.callId.isEmpty())
            continue;
        int rowNumber = -1;
        if (rowHints && i < rowHints->size()) {
            const int hint = rowHints->at(i);
            if (hint >= 0 && hint < m_rows.size() && m_rows.at(hint).callId == snapshot.callId)
                rowNumber = hint;
        }
        if (rowNumber < 0)
            rowNumber = m_rowById.value(snapshot.callId, -1);
        if (rowNumber >= 0) {
            CallSnapshot &row = m_rows[rowNumber];
            quint32 columns = 0;
            if (!snapshot.statusText.isEmpty() && m_notFound.remove(snapshot.callId)) {
                countsMoved = true;
                columns |= 1u << StatusColumn;
            }
            if (row.status != snapshot.status) {
                countAdd(row, -1);
                countAdd(snapshot, +1);
                countsMoved = true;
            }
            // The raw payload is not kept (the history has it).
            columns |= updateRow(row, pass(snapshot));
            ++replaced;
            if (columns != 0)
                changedRows.append({rowNumber, columns});
        } else if (const auto dup = freshIndex.constFind(snapshot.callId); dup != freshIndex.constEnd()) {
            fresh[*dup] = pass(snapshot); // the same new id twice in one update: the later one stands
        } else {
            freshIndex.insert(snapshot.callId, int(fresh.size()));
            fresh.append(pass(snapshot));
        }
    }

    emitRowsChanged(changedRows);

    if (!fresh.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(fresh.size()) - 1);
        m_rows.reserve(m_rows.size() + fresh.size());
        for (CallSnapshot &snapshot : fresh) {
            m_rowById.insert(snapshot.callId, int(m_rows.size()));
            snapshot.raw = QJsonObject();
            intern(snapshot);
            countAdd(snapshot, +1);
            m_rows.append(std::move(snapshot));
        }
        endInsertRows();
        countsMoved = true;
    }
    if (countsMoved)
        Q_EMIT countsChanged();
    return int(replaced + fresh.size());
}

int CallTableModel::upsert(const QList<CallSnapshot> &snapshots)
{
    return upsertAll(snapshots);
}

int CallTableModel::upsert(QList<CallSnapshot> &&snapshots)
{
    return upsertAll(std::move(snapshots));
}

int CallTableModel::upsert(QList<CallSnapshot> &&snapshots, const QList<int> &rowHints)
{
    return upsertAll(std::move(snapshots), &rowHints);
}

void CallTableModel::intern(QString &text)
{
    // Texts many rows have in common (a batch id, a status, an error code): one copy for all of them.
    // Bounded, so odd error prose cannot grow it without end.
    if (text.isEmpty() || text.size() > 64)
        return;
    const auto it = m_shared.constFind(text);
    if (it != m_shared.cend())
        text = *it;
    else if (m_shared.size() < 4096)
        m_shared.insert(text);
}

void CallTableModel::intern(CallSnapshot &row)
{
    intern(row.statusText);
    intern(row.batchId);
    intern(row.error);
    intern(row.agent);
    intern(row.direction);
}

bool CallTableModel::addPlaceholder(const QString &callId, const QString &batchId)
{
    if (callId.isEmpty() || m_rowById.contains(callId))
        return false;
    CallSnapshot placeholder;
    placeholder.callId = callId;
    placeholder.batchId = batchId;
    upsert(placeholder);
    return true;
}

template<typename Snapshot>
quint32 CallTableModel::updateRow(CallSnapshot &row, Snapshot &&incoming)
{
    // Field by field: what is equal keeps the row's copy (texts shared with other rows stay shared),
    // what differs is taken (moved when `incoming` is an rvalue) and marks the columns that show it.
    const auto bit = [](Column column) {
        return 1u << column;
    };
    quint32 columns = 0;
    bool otherDetails = false;
    const auto take = [&incoming](auto &field, auto member) {
        auto &&value = std::forward<Snapshot>(incoming).*member;
        if (field == value)
            return false;
        field = std::forward<decltype(value)>(value);
        return true;
    };
    const bool statusMoved = take(row.status, &CallSnapshot::status);
    const bool statusTextMoved = take(row.statusText, &CallSnapshot::statusText);
    const bool startMoved = take(row.startTime, &CallSnapshot::startTime);
    // The status cell also says "possibly stuck" (status and start); the duration ticks from the start
    // while ongoing.
    if (statusMoved || statusTextMoved || startMoved)
        columns |= bit(StatusColumn);
    if (statusTextMoved)
        intern(row.statusText);
    if (take(row.phoneNumber, &CallSnapshot::phoneNumber))
        columns |= bit(PhoneColumn);
    const bool contactNameMoved = take(row.contactName, &CallSnapshot::contactName);
    if (take(row.contactId, &CallSnapshot::contactId) || contactNameMoved)
        columns |= bit(ContactColumn);
    if (take(row.batchId, &CallSnapshot::batchId)) {
        columns |= bit(BatchColumn);
        intern(row.batchId);
    }
    if (startMoved)
        columns |= bit(StartedColumn);
    if (take(row.duration, &CallSnapshot::duration) || statusMoved || startMoved)
        columns |= bit(DurationColumn);
    if (take(row.error, &CallSnapshot::error)) {
        columns |= bit(ErrorColumn);
        intern(row.error);
    }
    if (take(row.recordingUrl, &CallSnapshot::recordingUrl))
        columns |= bit(RecordingColumn);
    const bool wasReceived = row.receivedAt.isValid();
    if (take(row.receivedAt, &CallSnapshot::receivedAt))
        columns |= bit(LastUpdateColumn);
    if (take(row.source, &CallSnapshot::source) || wasReceived != row.receivedAt.isValid())
        columns |= bit(SourceColumn);
    // Details no column shows still change the row for the detail pane, which follows dataChanged.
    if (take(row.agent, &CallSnapshot::agent)) {
        intern(row.agent);
        otherDetails = true;
    }
    if (take(row.direction, &CallSnapshot::direction)) {
        intern(row.direction);
        otherDetails = true;
    }
    otherDetails |= take(row.endTime, &CallSnapshot::endTime);
    otherDetails |= take(row.summary, &CallSnapshot::summary);
    otherDetails |= take(row.transcript, &CallSnapshot::transcript);
    otherDetails |= take(row.metrics, &CallSnapshot::metrics);
    if (columns == 0 && otherDetails)
        columns = bit(CallIdColumn); // announced by its first cell
    return columns;
}

void CallTableModel::emitRowsChanged(QList<RowChange> changes)
{
    if (changes.isEmpty())
        return;
    const int lastColumn = ColumnCount - 1;
    if (changes.size() * 2 > m_rows.size()) {
        // Most rows changed: one signal for everything is cheaper for views and proxies.
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, lastColumn));
        return;
    }
    // Each change becomes the column span(s) it touched. A span that would cross the start column (the
    // window sorts by it, newest first) without changing it is cut in two: a sorting proxy re-checks the
    // order of every row whose announced span holds its sort column, and a start time rarely changes.
    // The rows are gathered per span (an update touches only a few distinct spans), so what gets sorted
    // is plain row numbers, and rows that arrive in order (the usual case) are not sorted at all.
    struct Bucket
    {
        int first;
        int last;
        QList<int> rows;
    };
    QVarLengthArray<Bucket, 8> buckets;
    qsizetype lastBucket = -1;
    const auto addSpan = [&buckets, &lastBucket](quint32 bits, int row) {
        if (bits == 0)
            return;
        const int first = std::countr_zero(bits);
        const int last = 31 - std::countl_zero(bits);
        if (lastBucket < 0 || buckets[lastBucket].first != first || buckets[lastBucket].last != last) {
            lastBucket =
                std::find_if(buckets.cbegin(), buckets.cend(),
                             [first, last](const Bucket &b) { return b.first == first && b.last == last; }) -
                buckets.cbegin();
            if (lastBucket == buckets.size())
                buckets.append({first, last, {}});
        }
        buckets[lastBucket].rows.append(row);
    };
    const quint32 startBit = 1u << StartedColumn;
    const quint32 leftOfStart = startBit - 1;
    for (const RowChange &change : std::as_const(changes)) {
        const quint32 columns = change.columns & AllColumns;
        if (columns & startBit) {
            addSpan(columns, change.row);
        } else {
            addSpan(columns & leftOfStart, change.row);
            addSpan(columns & ~leftOfStart, change.row);
        }
    }
    std::sort(buckets.begin(), buckets.end(), [](const Bucket &a, const Bucket &b) {
        return std::tie(a.first, a.last) < std::tie(b.first, b.last);
    });
    // Rows of the same span, in row order, are announced together; a run of unchanged rows between two
    // changed ones is included when it is short (MaxUnchangedGap): a proxy re-checks a few unchanged rows
    // for less than it spends on one more signal, and a view repaints only what it shows.
    constexpr int MaxUnchangedGap = 16;
    for (Bucket &bucket : buckets) {
        QList<int> &rows = bucket.rows;
        if (!std::is_sorted(rows.cbegin(), rows.cend()))
            std::sort(rows.begin(), rows.end());
        qsizetype i = 0;
        while (i < rows.size()) {
            const int firstRow = rows.at(i);
            int lastRow = firstRow;
            qsizetype j = i + 1;
            while (j < rows.size() && rows.at(j) - lastRow <= MaxUnchangedGap + 1) {
                lastRow = rows.at(j);
                ++j;
            }
            Q_EMIT dataChanged(index(firstRow, bucket.first), index(lastRow, bucket.last));
            i = j;
        }
    }
}

int CallTableModel::removeCalls(const QStringList &callIds)
{
    QList<int> rows;
    for (const QString &id : callIds) {
        const int row = m_rowById.value(id, -1);
        if (row >= 0)
            rows.append(row);
    }
    if (rows.isEmpty())
        return 0;
    std::sort(rows.begin(), rows.end(), std::greater<>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    // Remove contiguous runs from the bottom up so earlier row numbers stay valid.
    qsizetype i = 0;
    while (i < rows.size()) {
        const int last = rows.at(i);
        int first = last;
        while (i + 1 < rows.size() && rows.at(i + 1) == first - 1)
            first = rows.at(++i);
        ++i;
        beginRemoveRows({}, first, last);
        for (int r = first; r <= last; ++r) {
            countAdd(m_rows.at(r), -1);
            m_notFound.remove(m_rows.at(r).callId);
            m_stale.remove(m_rows.at(r).callId);
        }
        m_rows.remove(first, last - first + 1);
        endRemoveRows();
    }
    m_rowById.clear();
    for (int r = 0; r < m_rows.size(); ++r)
        m_rowById.insert(m_rows.at(r).callId, r);
    Q_EMIT countsChanged();
    return int(rows.size());
}

void CallTableModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginRemoveRows({}, 0, int(m_rows.size()) - 1);
    m_rows.clear();
    m_shared.clear();
    m_rowById.clear();
    m_notFound.clear();
    m_stale.clear();
    m_counts.fill(0);
    endRemoveRows();
    Q_EMIT countsChanged();
}

const CallSnapshot *CallTableModel::snapshot(const QString &callId) const
{
    const int row = m_rowById.value(callId, -1);
    return row < 0 ? nullptr : &m_rows.at(row);
}

QStringList CallTableModel::callIds() const
{
    QStringList ids;
    ids.reserve(m_rows.size());
    for (const CallSnapshot &call : m_rows)
        ids.append(call.callId);
    return ids;
}

void CallTableModel::setNotFound(const QStringList &callIds, bool notFound)
{
    QList<RowChange> rows;
    for (const QString &id : callIds) {
        const int row = m_rowById.value(id, -1);
        if (row < 0)
            continue;
        const bool was = m_notFound.contains(id);
        if (was == notFound)
            continue;
        if (notFound)
            m_notFound.insert(id);
        else
            m_notFound.remove(id);
        rows.append({row, 1u << StatusColumn});
    }
    emitRowsChanged(rows);
    if (!rows.isEmpty())
        Q_EMIT countsChanged();
}

bool CallTableModel::isPossiblyStuck(const CallSnapshot &call) const
{
    return call.status == CallStatus::Ongoing && call.startTime.isValid() &&
           call.startTime.secsTo(m_clock.now()) > m_maxCallDurationS;
}

void CallTableModel::setStale(const QStringList &callIds)
{
    QSet<QString> next(callIds.cbegin(), callIds.cend());
    if (next == m_stale)
        return;
    // A stale row is shown in italics in every cell.
    QList<RowChange> rows;
    const auto add = [this, &rows](const QString &id) {
        const int row = m_rowById.value(id, -1);
        if (row >= 0)
            rows.append({row, AllColumns});
    };
    for (const QString &id : std::as_const(m_stale)) {
        if (!next.contains(id))
            add(id);
    }
    for (const QString &id : std::as_const(next)) {
        if (!m_stale.contains(id))
            add(id);
    }
    m_stale = std::move(next);
    emitRowsChanged(rows);
}

void CallTableModel::tick()
{
    if (m_rows.isEmpty())
        return;
    // Ages change on every row; durations and 'possibly stuck' on ongoing ones: one signal per column.
    const int last = int(m_rows.size()) - 1;
    Q_EMIT dataChanged(index(0, DurationColumn), index(last, DurationColumn),
                       {Qt::DisplayRole, RawValueRole});
    Q_EMIT dataChanged(index(0, LastUpdateColumn), index(last, LastUpdateColumn), {Qt::DisplayRole});
}

void CallTableModel::setTheme(Theme theme)
{
    if (theme == m_theme)
        return;
    m_theme = theme;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1),
                           {Qt::DecorationRole, Qt::BackgroundRole});
}

} // namespace cw
