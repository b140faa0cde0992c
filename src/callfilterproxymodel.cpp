#include "callfilterproxymodel.h"

#include "calltablemodel.h"

namespace cw {

CallFilterProxyModel::CallFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(CallTableModel::RawValueRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void CallFilterProxyModel::setSourceModel(QAbstractItemModel *model)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_bulkConnections))
        disconnect(connection);
    m_bulkConnections.clear();
    m_sortAfterInsert = false;
    // Looked up once: the filter and the comparison run for every row, 100,000 times over.
    m_calls = qobject_cast<const CallTableModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
    if (!model)
        return;
    // Before the base class sees a big insert, dynamic sorting is turned off, so the new rows are
    // appended in one block; turning it back on sorts the proxy once (a layout change, no reset).
    m_bulkConnections.append(connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this,
                                     [this](const QModelIndex &parent, int first, int last) {
                                         if (parent.isValid() || last - first + 1 < BulkInsertRows ||
                                             !dynamicSortFilter() || sortColumn() < 0)
                                             return;
                                         m_sortAfterInsert = true;
                                         setDynamicSortFilter(false);
                                     }));
    // Connected after the base class's own handler, so this runs once it has placed the rows.
    m_bulkConnections.append(connect(model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (!m_sortAfterInsert)
            return;
        m_sortAfterInsert = false;
        setDynamicSortFilter(true);
        sort(sortColumn(), sortOrder()); // sorts the proxy (already done by setDynamicSortFilter on Qt 6)
    }));
}

void CallFilterProxyModel::setSearchText(const QString &text)
{
    const QString simplified = text.simplified();
    if (simplified == m_search)
        return;
    m_search = simplified;
    // Every word must match somewhere (id, phone, contact or batch).
    m_terms = simplified.toCaseFolded().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
}

void CallFilterProxyModel::setStatusMask(quint32 mask)
{
    mask &= AllStatuses;
    if (mask == m_statusMask)
        return;
    m_statusMask = mask;
    invalidateFilter();
}

void CallFilterProxyModel::setStatusVisible(CallStatus status, bool visible)
{
    const quint32 bit = 1u << int(status);
    setStatusMask(visible ? (m_statusMask | bit) : (m_statusMask & ~bit));
}

void CallFilterProxyModel::setBatchFilter(const QString &batchId)
{
    if (batchId == m_batch)
        return;
    m_batch = batchId;
    invalidateFilter();
}

bool CallFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    // Reads the row directly instead of building role values: this runs for every row on every search,
    // 100,000 times over.
    const CallTableModel *calls = m_calls;
    if (!calls)
        return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
    const CallSnapshot &call = calls->snapshotAt(sourceRow);
    if (m_statusMask != AllStatuses && !(m_statusMask & (1u << int(call.status))))
        return false;
    if (!m_batch.isEmpty() && call.batchId != m_batch)
        return false;
    // Every word must match somewhere: id, phone, contact or batch.
    for (const QString &term : m_terms) {
        const bool found = call.callId.contains(term, Qt::CaseInsensitive) ||
                           call.phoneNumber.contains(term, Qt::CaseInsensitive) ||
                           call.contactId.contains(term, Qt::CaseInsensitive) ||
                           call.contactName.contains(term, Qt::CaseInsensitive) ||
                           call.batchId.contains(term, Qt::CaseInsensitive);
        if (!found)
            return false;
    }
    return true;
}

bool CallFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // Raw values compared without QVariants; ties broken by call id so the order is stable.
    const CallTableModel *calls = m_calls;
    if (!calls || sortRole() != CallTableModel::RawValueRole)
        return QSortFilterProxyModel::lessThan(left, right);
    const int order = calls->compareRows(left.row(), right.row(), left.column());
    if (order != 0)
        return order < 0;
    return calls->snapshotAt(left.row()).callId < calls->snapshotAt(right.row()).callId;
}

} // namespace cw
