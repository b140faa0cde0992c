#pragma once

#include "callstatus.h"

#include <QSortFilterProxyModel>

namespace cw {

class CallTableModel;

// Sorting by raw value on every column, and filtering by free text (id, phone, contact, batch), by a set
// of statuses and by batch. Big inserts into a sorted proxy are sorted in one go (BulkInsertRows). Made for
// CallTableModel (it reads its rows directly); over any other model it behaves like a plain
// QSortFilterProxyModel.
class CallFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit CallFilterProxyModel(QObject *parent = nullptr);

    QString searchText() const { return m_search; }
    void setSearchText(const QString &text);

    // Bit i set: status CallStatus(i) is shown. All set by default.
    quint32 statusMask() const { return m_statusMask; }
    void setStatusMask(quint32 mask);
    void setStatusVisible(CallStatus status, bool visible);
    bool isStatusVisible(CallStatus status) const { return m_statusMask & (1u << int(status)); }

    QString batchFilter() const { return m_batch; }
    void setBatchFilter(const QString &batchId); // empty: every batch and single calls

    static constexpr quint32 AllStatuses = 0x3f;
    // Inserts of at least this many rows into a sorted proxy are placed by one sort of the whole proxy
    // (a layout change) instead of one binary search and one insertion per row, which at 100,000 rows
    // costs QSortFilterProxyModel seconds.
    static constexpr int BulkInsertRows = 256;

    void setSourceModel(QAbstractItemModel *model) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QList<QMetaObject::Connection> m_bulkConnections;
    const CallTableModel *m_calls = nullptr; // the source model when it is a CallTableModel
    bool m_sortAfterInsert = false;
    QString m_search;
    QStringList m_terms;
    quint32 m_statusMask = AllStatuses;
    QString m_batch;
};

} // namespace cw
