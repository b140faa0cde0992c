#include "testsupport.h"

#include "callfilterproxymodel.h"
#include "calltablemodel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

#include <algorithm>

using namespace cw;

class TestCallFilterProxyModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void search_data();
    void search();
    void statusMask();
    void batchFilter();
    void sortsByRawValue();
    void followsSourceUpdates();
    void scatteredUpdatesUnderStartSort();
    void bulkInsertKeepsTheOrder_data();
    void bulkInsertKeepsTheOrder();
    void hundredThousandRows();

private:
    CallTableModel *m_model = nullptr;
    CallFilterProxyModel *m_proxy = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

void TestCallFilterProxyModel::init()
{
    m_model = new CallTableModel(Clock::system(), this);
    m_proxy = new CallFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_tester =
        new QAbstractItemModelTester(m_proxy, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    struct Row
    {
        const char *id;
        CallStatus status;
        const char *phone;
        const char *contact;
        const char *batch;
        qint64 duration;
    };
    const Row rows[] = {
        {"call_123", CallStatus::Completed, "+15551234567", "contact_456", "", 180},
        {"clx9abc", CallStatus::Ongoing, "+4930123456", "Müller", "batch_A", 9},
        {"CA77f0", CallStatus::Failed, "+33612345678", "contact_789", "batch_A", 10},
        {"call_200", CallStatus::Missed, "+15559876543", "contact_111", "batch_B", 0},
    };
    QList<CallSnapshot> calls;
    for (const Row &row : rows) {
        CallSnapshot call;
        call.callId = QString::fromUtf8(row.id);
        call.status = row.status;
        call.statusText = callStatusToString(row.status);
        call.phoneNumber = QString::fromUtf8(row.phone);
        call.contactName = QString::fromUtf8(row.contact);
        call.batchId = QString::fromUtf8(row.batch);
        call.duration = row.duration;
        calls.append(call);
    }
    m_model->upsert(calls);
}

void TestCallFilterProxyModel::cleanup()
{
    delete m_tester;
    delete m_proxy;
    delete m_model;
}

void TestCallFilterProxyModel::search_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expected");
    QTest::newRow("empty") << QString() << 4;
    QTest::newRow("id prefix") << QStringLiteral("call_") << 2;
    QTest::newRow("case-insensitive id") << QStringLiteral("ca77F0") << 1;
    QTest::newRow("phone digits") << QStringLiteral("5551234") << 1;
    QTest::newRow("contact with umlaut, folded case") << QStringLiteral("MÜLLER") << 1;
    QTest::newRow("batch") << QStringLiteral("batch_a") << 2;
    QTest::newRow("two words must both match") << QStringLiteral("batch_a +336") << 1;
    QTest::newRow("no match") << QStringLiteral("zzz") << 0;
}

void TestCallFilterProxyModel::search()
{
    QFETCH(QString, text);
    QFETCH(int, expected);
    m_proxy->setSearchText(text);
    QCOMPARE(m_proxy->rowCount(), expected);
}

void TestCallFilterProxyModel::statusMask()
{
    m_proxy->setStatusVisible(CallStatus::Completed, false);
    QCOMPARE(m_proxy->rowCount(), 3);
    m_proxy->setStatusMask(1u << int(CallStatus::Failed));
    QCOMPARE(m_proxy->rowCount(), 1);
    QCOMPARE(m_proxy->index(0, 0).data().toString(), QStringLiteral("CA77f0"));
    m_proxy->setStatusMask(CallFilterProxyModel::AllStatuses);
    QCOMPARE(m_proxy->rowCount(), 4);
}

void TestCallFilterProxyModel::batchFilter()
{
    m_proxy->setBatchFilter(QStringLiteral("batch_B"));
    QCOMPARE(m_proxy->rowCount(), 1);
    m_proxy->setBatchFilter(QString());
    QCOMPARE(m_proxy->rowCount(), 4);
}

void TestCallFilterProxyModel::sortsByRawValue()
{
    m_proxy->sort(CallTableModel::DurationColumn, Qt::AscendingOrder);
    QStringList order;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        order << m_proxy->index(row, CallTableModel::CallIdColumn).data().toString();
    // 0, 9, 10, 180 seconds: numeric order, not the text order of "0:09" / "0:10" / "3:00" alone.
    QCOMPARE(order, (QStringList{QStringLiteral("call_200"), QStringLiteral("clx9abc"),
                                 QStringLiteral("CA77f0"), QStringLiteral("call_123")}));
    m_proxy->sort(CallTableModel::StatusColumn, Qt::AscendingOrder);
    // SCHEDULED < ONGOING < ended: the ongoing call comes first here.
    QCOMPARE(m_proxy->index(0, CallTableModel::CallIdColumn).data().toString(), QStringLiteral("clx9abc"));
}

void TestCallFilterProxyModel::followsSourceUpdates()
{
    m_proxy->setStatusMask(1u << int(CallStatus::Ongoing));
    QCOMPARE(m_proxy->rowCount(), 1);
    CallSnapshot ended = *m_model->snapshot(QStringLiteral("clx9abc"));
    ended.status = CallStatus::Completed;
    ended.statusText = QStringLiteral("COMPLETED");
    m_model->upsert(ended);
    QCOMPARE(m_proxy->rowCount(), 0);
}

void TestCallFilterProxyModel::scatteredUpdatesUnderStartSort()
{
    // The window's view: sorted by start time, newest first, completed calls hidden. Scattered status
    // changes (a batch poll) hide the calls that completed and keep the order without a layout change;
    // a changed start time still moves its row.
    QList<CallSnapshot> calls;
    const QDateTime base = QDateTime::fromSecsSinceEpoch(1'763'200'000, QTimeZone::utc());
    for (int i = 0; i < 500; ++i) {
        CallSnapshot call;
        call.callId = QStringLiteral("s%1").arg(i);
        call.status = CallStatus::Ongoing;
        call.statusText = QStringLiteral("ONGOING");
        call.startTime = base.addSecs((i * 7919) % 5000); // not in row order
        calls.append(call);
    }
    m_model->upsert(calls);
    m_proxy->sort(CallTableModel::StartedColumn, Qt::DescendingOrder);
    m_proxy->setStatusMask(CallFilterProxyModel::AllStatuses & ~(1u << int(CallStatus::Completed)));
    const int before = m_proxy->rowCount();
    QList<CallSnapshot> updates;
    for (int i = 3; i < 500; i += 7) {
        CallSnapshot call = calls.at(i);
        call.status = i % 2 ? CallStatus::Completed : CallStatus::Failed;
        call.statusText = callStatusToString(call.status);
        call.duration = 60;
        updates.append(call);
    }
    const int completed = int(std::count_if(updates.cbegin(), updates.cend(), [](const CallSnapshot &c) {
        return c.status == CallStatus::Completed;
    }));
    QSignalSpy layouts(m_proxy, &QAbstractItemModel::layoutChanged);
    QSignalSpy resets(m_proxy, &QAbstractItemModel::modelReset);
    m_model->upsert(updates);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(layouts.count(), 0);
    QCOMPARE(m_proxy->rowCount(), before - completed);
    const auto startAt = [this](int row) {
        return m_proxy->index(row, CallTableModel::StartedColumn)
            .data(CallTableModel::RawValueRole)
            .toLongLong();
    };
    for (int row = 1; row < m_proxy->rowCount(); ++row)
        QVERIFY2(startAt(row - 1) >= startAt(row), qPrintable(QString::number(row)));
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        QVERIFY(m_proxy->index(row, CallTableModel::StatusColumn).data(CallTableModel::StatusRole).toInt() !=
                int(CallStatus::Completed));
    const int failedRow =
        m_proxy->mapFromSource(m_model->index(m_model->rowOf(QStringLiteral("s10")), 0)).row();
    QVERIFY(failedRow >= 0);
    QCOMPARE(m_proxy->index(failedRow, CallTableModel::StatusColumn).data(CallTableModel::StatusRole).toInt(),
             int(CallStatus::Failed));
    // A start time that moves still re-sorts: the newest call goes to the top.
    CallSnapshot moved = calls.at(4);
    moved.startTime = base.addSecs(100'000);
    m_model->upsert(moved);
    QCOMPARE(m_proxy->index(0, CallTableModel::CallIdColumn).data().toString(), moved.callId);
}

void TestCallFilterProxyModel::bulkInsertKeepsTheOrder_data()
{
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("order");
    QTest::newRow("few, ascending") << 10 << int(Qt::AscendingOrder);
    QTest::newRow("bulk, descending") << CallFilterProxyModel::BulkInsertRows * 4 << int(Qt::DescendingOrder);
    QTest::newRow("bulk, ascending") << CallFilterProxyModel::BulkInsertRows + 1 << int(Qt::AscendingOrder);
}

void TestCallFilterProxyModel::bulkInsertKeepsTheOrder()
{
    // Rows inserted into a sorted (and filtered) proxy land in order however many arrive at once: a big
    // insert is placed by one sort (a layout change), never by a reset. Filters still apply, and sorting
    // stays dynamic afterwards.
    QFETCH(int, rows);
    QFETCH(int, order);
    const auto sortOrder = Qt::SortOrder(order);
    m_proxy->sort(CallTableModel::DurationColumn, sortOrder);
    m_proxy->setStatusMask(CallFilterProxyModel::AllStatuses & ~(1u << int(CallStatus::Failed)));
    const int before = m_proxy->rowCount();
    QList<CallSnapshot> calls;
    for (int i = 0; i < rows; ++i) {
        CallSnapshot call;
        call.callId = QStringLiteral("bulk_%1").arg(i);
        call.status = i % 4 == 0 ? CallStatus::Failed : CallStatus::Completed;
        call.statusText = callStatusToString(call.status);
        call.duration = (i * 7919) % 1000; // not in insertion order
        calls.append(call);
    }
    QSignalSpy resets(m_proxy, &QAbstractItemModel::modelReset);
    m_model->upsert(calls);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(m_proxy->rowCount(), before + rows - (rows + 3) / 4);
    QVERIFY(m_proxy->dynamicSortFilter());
    const auto durationAt = [this](int row) {
        return m_proxy->index(row, CallTableModel::DurationColumn)
            .data(CallTableModel::RawValueRole)
            .toLongLong();
    };
    for (int row = 1; row < m_proxy->rowCount(); ++row) {
        if (sortOrder == Qt::AscendingOrder)
            QVERIFY2(durationAt(row - 1) <= durationAt(row), qPrintable(QString::number(row)));
        else
            QVERIFY2(durationAt(row - 1) >= durationAt(row), qPrintable(QString::number(row)));
    }
    // Still sorted dynamically: a changed duration moves its row.
    CallSnapshot longest = calls.at(1);
    longest.duration = 100'000;
    m_model->upsert(longest);
    const int top = sortOrder == Qt::AscendingOrder ? m_proxy->rowCount() - 1 : 0;
    QCOMPARE(m_proxy->index(top, CallTableModel::CallIdColumn).data().toString(), longest.callId);
}

void TestCallFilterProxyModel::hundredThousandRows()
{
    // Figures, not a timed assertion: how the table copes at 100,000 rows. The assertions are about
    // behaviour (no reset, nothing lost, order kept).
    CallTableModel model;
    CallFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(CallTableModel::StartedColumn, Qt::DescendingOrder);
    const QDateTime base = QDateTime::currentDateTimeUtc().addDays(-1);
    QList<CallSnapshot> calls;
    calls.reserve(100'000);
    for (int i = 0; i < 100'000; ++i) {
        CallSnapshot call;
        call.callId = QStringLiteral("clx%1").arg(i, 8, 10, QLatin1Char('0'));
        call.status = CallStatus::Scheduled;
        call.statusText = QStringLiteral("SCHEDULED");
        call.startTime = base.addSecs(i);
        call.phoneNumber = QStringLiteral("+1555%1").arg(i, 7, 10, QLatin1Char('0'));
        call.batchId = QStringLiteral("batch_%1").arg(i / 5000);
        calls.append(call);
    }
    QElapsedTimer timer;
    timer.start();
    model.upsert(calls);
    const qint64 insertMs = timer.elapsed();
    QCOMPARE(proxy.rowCount(), 100'000);

    QList<CallSnapshot> updates;
    for (int i = 0; i < 100'000; i += 10) {
        CallSnapshot call = calls.at(i);
        call.status = CallStatus::Completed;
        call.statusText = QStringLiteral("COMPLETED");
        call.duration = 60 + i % 300;
        updates.append(call);
    }
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    timer.restart();
    model.upsert(updates);
    const qint64 updateMs = timer.elapsed();
    QCOMPARE(resets.count(), 0);
    QCOMPARE(model.count(CallStatus::Completed), 10'000);

    timer.restart();
    proxy.setStatusMask(1u << int(CallStatus::Completed));
    const qint64 filterMs = timer.elapsed();
    QCOMPARE(proxy.rowCount(), 10'000);
    timer.restart();
    proxy.sort(CallTableModel::DurationColumn, Qt::AscendingOrder);
    const qint64 sortMs = timer.elapsed();
    QVERIFY(
        proxy.index(0, CallTableModel::DurationColumn).data(CallTableModel::RawValueRole).toLongLong() <=
        proxy.index(9'999, CallTableModel::DurationColumn).data(CallTableModel::RawValueRole).toLongLong());
    timer.restart();
    proxy.setStatusMask(CallFilterProxyModel::AllStatuses);
    proxy.setSearchText(QStringLiteral("batch_7"));
    const qint64 searchMs = timer.elapsed();
    QCOMPARE(proxy.rowCount(), 5'000);
    qInfo("100,000 rows: insert %lld ms; 10,000 updates %lld ms in %lld dataChanged signals, 0 resets; "
          "status filter %lld ms; re-sort 10,000 by duration %lld ms; text search %lld ms",
          insertMs, updateMs, qint64(changes.count()), filterMs, sortMs, searchMs);
}

QTEST_MAIN(TestCallFilterProxyModel)
#include "tst_callfilterproxymodel.moc"
