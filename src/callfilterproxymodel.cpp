#include "callfilterproxymodel.h"

#include "calltablemodel.h"

namespace cw {

CallFilterProxyModel::CallFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(CallTableModel::RawValueRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
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
    // Fast path for our own model: read the row directly instead of building role values (this runs
    // for every row on every keystroke, 100,000 times over).
    if (const auto *calls = qobject_cast<const CallTableModel *>(sourceModel())) {
        const CallSnapshot &call = calls->snapshotAt(sourceRow);
        if (m_statusMask != AllStatuses && !(m_statusMask & (1u << int(call.status))))
            return false;
        if (!m_batch.isEmpty() && call.batchId != m_batch)
            return false;
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

    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_statusMask != AllStatuses) {
        const int status = index.data(CallTableModel::StatusRole).toInt();
        if (!(m_statusMask & (1u << status)))
            return false;
    }
    if (!m_batch.isEmpty() && index.data(CallTableModel::BatchIdRole).toString() != m_batch)
        return false;
    if (m_terms.isEmpty())
        return true;
    const QString haystack = index.data(CallTableModel::SearchTextRole).toString();
    for (const QString &term : m_terms) {
        if (!haystack.contains(term))
            return false;
    }
    return true;
}

bool CallFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (const auto *calls = qobject_cast<const CallTableModel *>(sourceModel());
        calls && sortRole() == CallTableModel::RawValueRole) {
        const int order = calls->compareRows(left.row(), right.row(), left.column());
        if (order != 0)
            return order < 0;
        return calls->snapshotAt(left.row()).callId < calls->snapshotAt(right.row()).callId;
    }
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    const QPartialOrdering order = QVariant::compare(a, b);
    if (order == QPartialOrdering::Less)
        return true;
    if (order == QPartialOrdering::Greater)
        return false;
    // Stable, meaningful tie-break: call id.
    return left.sibling(left.row(), CallTableModel::CallIdColumn).data().toString() <
           right.sibling(right.row(), CallTableModel::CallIdColumn).data().toString();
}

} // namespace cw
