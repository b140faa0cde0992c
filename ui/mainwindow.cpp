#include "mainwindow.h"

#include "callfilterproxymodel.h"
#include "calltablemodel.h"
#include "calltracker.h"
#include "credentialstore.h"
#include "csv.h"
#include "detailpane.h"
#include "historystore.h"
#include "i18n.h"
#include "idlist.h"
#include "settings.h"
#include "settingsdialog.h"
#include "statusstyle.h"
#include "timebuckets.h"
#include "trendchart.h"
#include "trendmodel.h"
#include "wallboard.h"
#include "webhookreceiver.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScreen>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QTableView>
#include <QTimeZone>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace cw {

MainWindow::MainWindow(CallTableModel *model, CallTracker *tracker, QWidget *parent)
    : QMainWindow(parent)
    , m_model(model)
    , m_tracker(tracker)
    , m_proxy(new CallFilterProxyModel(this))
{
    setWindowTitle(tr("CallWatch"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/callwatch.svg")));
    m_proxy->setSourceModel(m_model);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(8, 6, 8, 0);
    layout->setSpacing(6);

    m_sourceLabel = new QLabel(central);
    m_sourceLabel->setObjectName(QStringLiteral("sourceLabel"));
    m_sourceLabel->setVisible(false);
    layout->addWidget(m_sourceLabel);

    m_banner = new QLabel(central);
    m_banner->setObjectName(QStringLiteral("banner"));
    m_banner->setWordWrap(true);
    m_banner->setVisible(false);
    m_banner->setAccessibleName(tr("Problem"));
    layout->addWidget(m_banner);

    layout->addWidget(buildFilterBar(central));

    m_table = new QTableView(central);
    m_table->setObjectName(QStringLiteral("callTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CallTableModel::StartedColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->setAccessibleName(tr("Tracked calls"));
    // Fixed row height and fixed column widths keep the table fast with 100,000 rows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_table->verticalHeader()->hide();
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->setHighlightSections(false);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    const int widths[CallTableModel::ColumnCount] = {15, 11, 11, 10, 12, 8, 6, 17, 6, 8, 6};
    for (int c = 0; c < CallTableModel::ColumnCount; ++c)
        header->resizeSection(c, widths[c] * em);
    // Translations are longer ("Abgeschlossen", "Letzte Aktualisierung"): no column is narrower than its
    // title with the sort arrow, and the status column fits its longest name with the icon.
    for (int c = 0; c < CallTableModel::ColumnCount; ++c)
        header->resizeSection(c, qMax(header->sectionSize(c), header->sectionSizeHint(c)));
    QStyleOptionViewItem statusCell;
    statusCell.initFrom(m_table);
    statusCell.features = QStyleOptionViewItem::HasDisplay | QStyleOptionViewItem::HasDecoration;
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, m_table);
    statusCell.decorationSize = QSize(iconSize, iconSize);
    statusCell.icon = StatusStyle::icon(CallStatus::Completed, Theme::Light);
    QStringList statusNames{QCoreApplication::translate("cw::CallTableModel", "Not found"),
                            StatusStyle::label(CallStatus::Unknown)};
    for (CallStatus status : {CallStatus::Scheduled, CallStatus::Ongoing, CallStatus::Completed,
                              CallStatus::Missed, CallStatus::Failed})
        statusNames << StatusStyle::label(status);
    int statusWidth = header->sectionSize(CallTableModel::StatusColumn);
    for (const QString &name : std::as_const(statusNames)) {
        statusCell.text = name;
        statusWidth =
            qMax(statusWidth,
                 style()->sizeFromContents(QStyle::CT_ItemViewItem, &statusCell, QSize(), m_table).width());
    }
    header->resizeSection(CallTableModel::StatusColumn, statusWidth);
    // The start column shows today's calls by time and older ones by date and time (a batch that began
    // yesterday, the demo's past month); it fits the locale's widest date and time so neither is elided.
    // Every month is measured: some locales' short dates spell the month.
    QStyleOptionViewItem timeCell;
    timeCell.initFrom(m_table);
    timeCell.features = QStyleOptionViewItem::HasDisplay;
    const QLocale locale;
    int startedWidth = header->sectionSize(CallTableModel::StartedColumn);
    for (int month = 1; month <= 12; ++month) {
        timeCell.text = formatDateTime(QDateTime(QDate(2028, month, 28), QTime(22, 58, 58)), locale,
                                       TimePrecision::Minutes);
        startedWidth =
            qMax(startedWidth,
                 style()->sizeFromContents(QStyle::CT_ItemViewItem, &timeCell, QSize(), m_table).width());
    }
    timeCell.text = formatTime(QTime(22, 58, 58), locale, TimePrecision::Seconds);
    startedWidth =
        qMax(startedWidth,
             style()->sizeFromContents(QStyle::CT_ItemViewItem, &timeCell, QSize(), m_table).width());
    header->resizeSection(CallTableModel::StartedColumn, startedWidth);

    m_emptyLabel = new QLabel(central);
    m_emptyLabel->setObjectName(QStringLiteral("emptyState"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setTextFormat(Qt::RichText);
    m_emptyLabel->setText(tr(
        "<h2>No calls tracked yet</h2>"
        "<p>Set your Dialgen API key in <b>Settings…</b> (Ctrl+,) — or in the <b>DIALGEN_API_KEY</b> "
        "environment variable —<br>then add call ids with <b>Add calls…</b> (Ctrl+N), import them from a CSV "
        "file (Ctrl+O),<br>or follow a whole batch with <b>Track batch…</b> (Ctrl+B). "
        "<b>Look up…</b> (Ctrl+L) shows one call without tracking it.</p>"
        "<p>Just looking? Start CallWatch with <b>--demo</b> to watch simulated calls.</p>"));

    m_stack = new QStackedWidget(central);
    m_stack->addWidget(m_emptyLabel);
    m_stack->addWidget(m_table);
    m_detail = new DetailPane(central);
    m_detail->setObjectName(QStringLiteral("detailPane"));
    m_splitter = new QSplitter(Qt::Horizontal, central);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_stack);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    layout->addWidget(m_splitter, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showSelectedCall);
    // Keep the pane in step with the selected call as answers arrive.
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                const int row = m_model->rowOf(m_detail->callId());
                if (row < topLeft.row() || row > bottomRight.row() || !m_detail->isTracked())
                    return;
                // A range may include rows that did not change; the pane (and its timeline query) is
                // refreshed only when the call did.
                const CallSnapshot &call = m_model->snapshotAt(row);
                const CallSnapshot &shown = m_detail->call();
                if (call.sameContent(shown) && call.source == shown.source &&
                    call.receivedAt == shown.receivedAt)
                    return;
                showCall(call, true);
            });
    connect(m_detail, &DetailPane::refreshRequested, this, [this](const QString &id) {
        if (m_tracker->isTracked(id))
            m_tracker->refreshCall(id);
        else
            showLookup(id);
    });
    connect(m_detail, &DetailPane::stopTrackingRequested, this, [this](const QString &id) {
        m_tracker->untrackCalls({id});
        m_detail->clear();
    });
    connect(m_detail, &DetailPane::trackRequested, this, [this](const QString &id) {
        const CallSnapshot found = m_detail->call();
        m_tracker->trackCall(id);
        if (found.callId == id && !found.statusText.isEmpty())
            m_tracker->apply(found, HistoryStore::SourceLookup); // the first thing we know of it
        if (const CallSnapshot *call = m_model->snapshot(id))
            showCall(*call, true);
    });
    connect(m_tracker, &CallTracker::lookupFinished, this, &MainWindow::handleLookup);
    setCentralWidget(central);

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_healthLabel = new QLabel(this);
    m_healthLabel->setObjectName(QStringLiteral("healthLabel"));
    m_webhookLabel = new QLabel(this);
    m_webhookLabel->setObjectName(QStringLiteral("webhookLabel"));
    m_webhookLabel->setVisible(false);
    statusBar()->addWidget(m_countLabel, 1);
    statusBar()->addPermanentWidget(m_webhookLabel);
    statusBar()->addPermanentWidget(m_healthLabel);

    buildTrends();
    buildActions();

    connect(m_model, &CallTableModel::countsChanged, this, &MainWindow::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateEmptyState);
    connect(m_tracker, &CallTracker::healthChanged, this, &MainWindow::updateHealth);
    connect(m_tracker, &CallTracker::restoreStarted, this, &MainWindow::updateHealth);
    connect(m_tracker, &CallTracker::healthChanged, this, &MainWindow::updateBatchSelector);
    // Ages in the status bar move on even when nothing arrives.
    auto *ageTimer = new QTimer(this);
    ageTimer->setInterval(1000);
    connect(ageTimer, &QTimer::timeout, this, &MainWindow::updateHealth);
    ageTimer->start();

    applyTheme();
    updateEmptyState();
    updateHealth();
    resize(1280, 760);
}

QWidget *MainWindow::buildFilterBar(QWidget *parent)
{
    auto *bar = new QWidget(parent);
    bar->setObjectName(QStringLiteral("filterBar"));
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(4);

    // One toggle per status: icon, name and live count, so the filter doubles as a summary.
    const CallStatus statuses[] = {CallStatus::Scheduled, CallStatus::Ongoing, CallStatus::Completed,
                                   CallStatus::Missed,    CallStatus::Failed,  CallStatus::Unknown};
    m_statusToggles.resize(6);
    for (CallStatus status : statuses) {
        auto *toggle = new QToolButton(bar);
        toggle->setObjectName(QStringLiteral("statusToggle-") + callStatusToString(status).toLower());
        toggle->setCheckable(true);
        toggle->setChecked(true);
        toggle->setAutoRaise(true);
        toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        toggle->setToolTip(
            status == CallStatus::Unknown
                ? tr("Show or hide calls not yet checked, not found, or with a status CallWatch "
                     "does not know")
                : tr("Show or hide %1 calls").arg(StatusStyle::label(status)));
        connect(toggle, &QToolButton::toggled, this, [this, status](bool on) {
            m_proxy->setStatusVisible(status, on);
            updateEmptyState();
        });
        m_statusToggles[int(status)] = toggle;
        row->addWidget(toggle);
    }
    row->addSpacing(8);

    m_batchSelector = new QComboBox(bar);
    m_batchSelector->setObjectName(QStringLiteral("batchSelector"));
    m_batchSelector->setAccessibleName(tr("Batch"));
    m_batchSelector->setToolTip(tr("Show the calls of one tracked batch only"));
    m_batchSelector->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_batchSelector->addItem(tr("All batches"), QString());
    connect(m_batchSelector, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_proxy->setBatchFilter(m_batchSelector->itemData(index).toString());
        updateEmptyState();
    });
    row->addWidget(m_batchSelector);

    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Filter by call id, phone, contact or batch  (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Filter calls"));
    // Filter once typing pauses, not on every keystroke (100,000 rows are a lot to refilter per key).
    auto *debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(debounce, &QTimer::timeout, this, [this] {
        m_proxy->setSearchText(m_search->text());
        updateEmptyState();
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this, debounce] {
        debounce->stop();
        m_proxy->setSearchText(m_search->text());
        updateEmptyState();
    });
    row->addWidget(m_search, 1);
    return bar;
}

void MainWindow::showSelectedCall()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid())
        return;
    const CallSnapshot *call = m_model->snapshot(current.data(CallTableModel::CallIdRole).toString());
    if (call)
        showCall(*call, true);
}

void MainWindow::showCall(const CallSnapshot &call, bool tracked)
{
    const bool sameCall = m_detail->callId() == call.callId;
    m_detail->setCall(call);
    m_detail->setTracked(tracked);
    if (!sameCall || tracked) {
        // The timeline comes from the history store (after setCall, which resets it for a new call).
        m_detail->setTimeline(m_history ? m_history->transitions(call.callId)
                                        : QList<HistoryStore::Transition>());
    }
}

void MainWindow::showLookup(const QString &callId)
{
    const QString id = callId.trimmed();
    if (!isPlausibleId(id)) {
        QMessageBox::warning(this, tr("Not a call id"),
                             tr("\"%1\" is not a valid call id.").arg(id.left(80)));
        return;
    }
    if (m_model->contains(id)) { // already tracked: just show it
        const int row = m_proxy->mapFromSource(m_model->index(m_model->rowOf(id), 0)).row();
        if (row >= 0)
            m_table->selectRow(row);
        showCall(*m_model->snapshot(id), true);
        return;
    }
    m_pendingLookup = id;
    statusBar()->showMessage(tr("Looking up %1…").arg(id));
    m_tracker->lookup(id);
}

void MainWindow::handleLookup(const QString &callId, const CallSnapshot &call, const ApiError &error)
{
    if (callId != m_pendingLookup)
        return; // an older lookup, superseded
    m_pendingLookup.clear();
    statusBar()->clearMessage();
    if (error.isError()) {
        const QString text =
            error.kind == ApiError::Kind::NotFound
                ? tr("Dialgen does not know the call %1 (neither live nor persistent status).").arg(callId)
                : error.userMessage();
        statusBar()->showMessage(text, 10000);
        QMessageBox::warning(this, tr("Lookup failed"), text);
        return;
    }
    m_table->clearSelection();
    showCall(call, false);
}

void MainWindow::promptLookup()
{
    bool ok = false;
    const QString id =
        QInputDialog::getText(this, tr("Look up a call"), tr("Call id (the call is shown, not tracked):"),
                              QLineEdit::Normal, QString(), &ok);
    if (ok && !id.trimmed().isEmpty())
        showLookup(id);
}

QToolButton *MainWindow::statusToggle(CallStatus status) const
{
    return m_statusToggles.value(int(status));
}

void MainWindow::updateStatusToggles()
{
    const Theme theme = m_model->theme();
    for (int i = 0; i < m_statusToggles.size(); ++i) {
        QToolButton *toggle = m_statusToggles.at(i);
        if (!toggle)
            continue;
        const auto status = CallStatus(i);
        //: Filter button for calls whose status CallWatch does not know (keep short)
        const QString name = status == CallStatus::Unknown ? tr("Other") : StatusStyle::label(status);
        toggle->setText(QStringLiteral("%1  %2").arg(name, QLocale().toString(m_model->count(status))));
        toggle->setIcon(StatusStyle::icon(status, theme));
        toggle->setAccessibleName(tr("%1: %n call(s)", nullptr, m_model->count(status)).arg(name));
    }
}

void MainWindow::updateBatchSelector()
{
    QStringList batches = m_tracker->trackedBatches();
    batches.sort();
    QStringList shown;
    for (int i = 1; i < m_batchSelector->count(); ++i)
        shown << m_batchSelector->itemData(i).toString();
    if (shown == batches)
        return;
    const QString current = m_batchSelector->currentData().toString();
    const QSignalBlocker blocker(m_batchSelector);
    while (m_batchSelector->count() > 1)
        m_batchSelector->removeItem(1);
    for (const QString &batch : std::as_const(batches))
        m_batchSelector->addItem(batch, batch);
    const int index = m_batchSelector->findData(current);
    m_batchSelector->setCurrentIndex(qMax(0, index));
    if (index < 0 && !current.isEmpty())
        m_proxy->setBatchFilter(QString()); // the batch is no longer tracked
}

void MainWindow::setSettings(Settings *settings)
{
    m_settings = settings;
    if (!settings)
        return;
    restoreGeometry(settings->bytes(SettingKey::WindowGeometry));
    restoreState(settings->bytes(SettingKey::WindowState));
    const QByteArray splitter = settings->bytes(SettingKey::SplitterState);
    if (!splitter.isEmpty())
        m_splitter->restoreState(splitter);
    const QByteArray header = settings->bytes(SettingKey::HeaderState);
    if (!header.isEmpty())
        m_table->horizontalHeader()->restoreState(header);
    const quint32 mask = settings->statusFilterMask();
    for (int i = 0; i < m_statusToggles.size(); ++i) {
        if (m_statusToggles.at(i))
            m_statusToggles.at(i)->setChecked(mask & (1u << i));
    }
    m_search->setText(settings->text(SettingKey::SearchText));
    m_proxy->setSearchText(m_search->text());
    updateBatchSelector();
    const int batch = m_batchSelector->findData(settings->text(SettingKey::BatchFilter));
    if (batch > 0) // only a batch that is still tracked
        m_batchSelector->setCurrentIndex(batch);
    applyChartSettings();
    connect(settings, &Settings::changed, this, [this](SettingKey key) {
        if (key == SettingKey::TimeZone)
            m_trendModel->setTimeZone(m_settings->timeZone());
    });
}

void MainWindow::saveState() const
{
    if (!m_settings)
        return;
    m_settings->setValue(SettingKey::WindowGeometry, saveGeometry());
    m_settings->setValue(SettingKey::WindowState, QMainWindow::saveState());
    m_settings->setValue(SettingKey::HeaderState, m_table->horizontalHeader()->saveState());
    m_settings->setValue(SettingKey::SplitterState, m_splitter->saveState());
    m_settings->setValue(SettingKey::StatusFilterMask, m_proxy->statusMask());
    m_settings->setValue(SettingKey::SearchText, m_search->text());
    m_settings->setValue(SettingKey::BatchFilter, m_batchSelector->currentData().toString());
    m_settings->sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveState();
    QMainWindow::closeEvent(event);
}

void MainWindow::buildActions()
{
    const Theme theme = m_model->theme();
    //: Name of the main toolbar (shown in the toolbar context menu)
    auto *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    auto *addCallsAction =
        toolbar->addAction(StatusStyle::themedIcon(QStringLiteral("add"), theme), tr("Add calls…"));
    m_themedActions.append({addCallsAction, QStringLiteral("add")});
    addCallsAction->setShortcut(QKeySequence::New);
    addCallsAction->setToolTip(tr("Track one or more call ids (Ctrl+N)"));
    connect(addCallsAction, &QAction::triggered, this, &MainWindow::promptAddCalls);

    auto *batchAction =
        toolbar->addAction(StatusStyle::themedIcon(QStringLiteral("add"), theme), tr("Track batch…"));
    m_themedActions.append({batchAction, QStringLiteral("add")});
    batchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    batchAction->setToolTip(tr("Follow every call of a batch (Ctrl+B)"));
    connect(batchAction, &QAction::triggered, this, &MainWindow::promptTrackBatch);

    auto *importAction = new QAction(tr("Import CSV…"), this);
    importAction->setShortcut(QKeySequence::Open);
    importAction->setToolTip(tr("Track the call ids of a CSV file (Ctrl+O)"));
    connect(importAction, &QAction::triggered, this, &MainWindow::promptImportCsv);
    QWidget::addAction(importAction);
    auto *exportAction = new QAction(tr("Export CSV…"), this);
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportAction->setToolTip(tr("Save the calls shown in the table as a CSV file (Ctrl+E)"));
    connect(exportAction, &QAction::triggered, this, &MainWindow::promptExportCsv);
    QWidget::addAction(exportAction);
    //: Toolbar menu button holding Import CSV / Export CSV (keep short)
    auto *fileButton = toolbar->addAction(tr("CSV"));
    auto *fileMenu = new QMenu(this);
    fileMenu->addAction(importAction);
    fileMenu->addAction(exportAction);
    fileButton->setMenu(fileMenu);
    fileButton->setToolTip(tr("Import call ids from CSV, or export the table"));
    if (auto *button = qobject_cast<QToolButton *>(toolbar->widgetForAction(fileButton)))
        button->setPopupMode(QToolButton::InstantPopup);

    toolbar->addSeparator();
    auto *refreshAction =
        toolbar->addAction(StatusStyle::themedIcon(QStringLiteral("refresh"), theme), tr("Refresh"));
    m_themedActions.append({refreshAction, QStringLiteral("refresh")});
    refreshAction->setShortcut(QKeySequence::Refresh);
    refreshAction->setToolTip(tr("Ask Dialgen now about the selected calls, or every call when none is "
                                 "selected (F5)"));
    connect(refreshAction, &QAction::triggered, this, [this] {
        const QStringList ids = selectedCallIds();
        if (ids.isEmpty())
            m_tracker->refreshAll();
        else
            m_tracker->refreshCalls(ids);
    });
    auto *refreshAllAction = new QAction(tr("Refresh all"), this);
    refreshAllAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F5));
    connect(refreshAllAction, &QAction::triggered, m_tracker, &CallTracker::refreshAll);
    QWidget::addAction(refreshAllAction);

    //: Toolbar button: pause polling Dialgen (keep short)
    m_pauseAction = toolbar->addAction(StatusStyle::themedIcon(QStringLiteral("pause"), theme), tr("Pause"));
    m_pauseAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_pauseAction->setToolTip(tr("Pause or resume polling (Ctrl+P)"));
    connect(m_pauseAction, &QAction::triggered, this, [this] {
        if (m_tracker->isRunning())
            m_tracker->stop();
        else
            m_tracker->start();
    });

    auto *lookupAction =
        new QAction(StatusStyle::themedIcon(QStringLiteral("search"), theme), tr("Look up…"), this);
    m_themedActions.append({lookupAction, QStringLiteral("search")});
    lookupAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    lookupAction->setToolTip(tr("Look up one call id without tracking it (Ctrl+L)"));
    connect(lookupAction, &QAction::triggered, this, &MainWindow::promptLookup);
    toolbar->addAction(lookupAction);

    toolbar->addSeparator();
    QAction *trendsAction = m_trendDock->toggleViewAction();
    //: Toolbar button opening the charts of ended calls over time (keep short)
    trendsAction->setText(tr("Trends"));
    trendsAction->setIcon(StatusStyle::themedIcon(QStringLiteral("chart"), theme));
    m_themedActions.append({trendsAction, QStringLiteral("chart")});
    trendsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    trendsAction->setToolTip(tr("Show or hide completed, missed and failed calls over time (Ctrl+T)"));
    toolbar->addAction(trendsAction);
    auto *wallboardAction =
        //: Toolbar button: the full-screen view for a wall display (keep short)
        toolbar->addAction(StatusStyle::themedIcon(QStringLiteral("wallboard"), theme), tr("Wallboard"));
    m_themedActions.append({wallboardAction, QStringLiteral("wallboard")});
    wallboardAction->setObjectName(QStringLiteral("wallboardAction"));
    // F11 and the platform's full-screen key, without listing F11 twice (an ambiguous shortcut never fires).
    wallboardAction->setShortcuts(
        QKeySequence(QKeySequence::FullScreen) == QKeySequence(Qt::Key_F11)
            ? QList<QKeySequence>{QKeySequence(Qt::Key_F11)}
            : QList<QKeySequence>{QKeySequence(Qt::Key_F11), QKeySequence(QKeySequence::FullScreen)});
    wallboardAction->setToolTip(tr("Full-screen wallboard for a wall screen (F11; Esc returns)"));
    connect(wallboardAction, &QAction::triggered, this, [this] { showWallboard(-1); });

    auto *settingsAction = new QAction(tr("Settings…"), this);
    settingsAction->setShortcut(QKeySequence::Preferences);
    if (settingsAction->shortcut().isEmpty())
        settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settingsAction->setToolTip(tr("Base URL, API key, polling, time zone, theme and language"));
    connect(settingsAction, &QAction::triggered, this, &MainWindow::openSettings);
    toolbar->addSeparator();
    toolbar->addAction(settingsAction);

    //: Keyboard action (Ctrl+F): move to the filter field
    auto *findAction = new QAction(tr("Find"), this);
    findAction->setShortcut(QKeySequence::Find);
    connect(findAction, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    QWidget::addAction(findAction);

    auto *quitAction = new QAction(tr("Quit"), this);
    quitAction->setShortcut(QKeySequence::Quit);
    connect(quitAction, &QAction::triggered, this, &QWidget::close);
    QWidget::addAction(quitAction);
}

void MainWindow::setSourceDescription(const QString &text)
{
    m_sourceLabel->setText(text);
    m_sourceLabel->setVisible(!text.isEmpty());
}

QStringList MainWindow::selectedCallIds() const
{
    QStringList ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows(CallTableModel::CallIdColumn);
    for (const QModelIndex &index : rows)
        ids.append(index.data(CallTableModel::CallIdRole).toString());
    return ids;
}

void MainWindow::setApiKeyProvider(ApiKeyProvider *keys)
{
    m_keys = keys;
    if (!keys)
        return;
    connect(keys, &ApiKeyProvider::loaded, this, [this] {
        // No key anywhere: ask now (each run, when no keychain can keep it).
        if (m_keys && !m_keys->hasKey())
            askForApiKey();
    });
}

void MainWindow::openSettings()
{
    if (!m_settings)
        return;
    auto *dialog = new SettingsDialog(m_settings, m_keys, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWebhookSecrets(m_webhookSecrets);
    dialog->setWebhookStatus(webhookDescription());
    if (m_webhooks) {
        connect(m_webhooks, &WebhookReceiver::testEventFinished, dialog,
                [dialog](int status, const QString &networkError) {
                    if (status >= 200 && status < 300)
                        dialog->showWebhookTestResult(
                            true, tr("the receiver answered %1 and accepted the event.").arg(status));
                    else if (status != 0)
                        dialog->showWebhookTestResult(false, tr("the receiver answered %1.").arg(status));
                    else
                        dialog->showWebhookTestResult(false, networkError);
                });
        connect(m_webhooks, &WebhookReceiver::statisticsChanged, dialog,
                [this, dialog] { dialog->setWebhookStatus(webhookDescription()); });
        connect(m_webhooks, &WebhookReceiver::stateChanged, dialog,
                [this, dialog] { dialog->setWebhookStatus(webhookDescription()); });
    }
    connect(dialog, &SettingsDialog::webhookTestRequested, dialog, [this, dialog] {
        if (!m_webhooks || !m_webhooks->isListening()) {
            dialog->showWebhookTestResult(false, tr("the receiver is not running. Turn it on and press OK "
                                                    "first."));
            return;
        }
        m_webhooks->sendTestEvent();
    });
    dialog->open();
}

void MainWindow::setWebhookReceiver(WebhookReceiver *receiver)
{
    if (m_webhooks == receiver) {
        updateWebhookStatus();
        return;
    }
    if (m_webhooks)
        disconnect(m_webhooks, nullptr, this, nullptr);
    m_webhooks = receiver;
    if (receiver) {
        connect(receiver, &WebhookReceiver::statisticsChanged, this, &MainWindow::updateWebhookStatus);
        connect(receiver, &WebhookReceiver::stateChanged, this, &MainWindow::updateWebhookStatus);
    }
    updateWebhookStatus();
}

void MainWindow::setWebhookSecrets(ApiKeyProvider *secrets)
{
    m_webhookSecrets = secrets;
}

QString MainWindow::webhookStatusText() const
{
    if (!m_webhooks || m_webhooks->state() == WebhookReceiver::State::Off)
        return {};
    if (m_webhooks->state() == WebhookReceiver::State::Error)
        return tr("Webhooks: not running");
    const qint64 rejected = m_webhooks->rejectedCount();
    const QString received =
        tr("%n event(s) received", nullptr, int(qMin<qint64>(m_webhooks->acceptedCount(), INT_MAX)));
    if (rejected == 0)
        return tr("Webhooks: %1").arg(received);
    //: Status bar; %1 is "N events received", %2 a count of refused deliveries, %3 why the last was refused
    return tr("Webhooks: %1, %2 refused (last: %3)")
        .arg(received, locale().toString(rejected), m_webhooks->lastRejection().reason);
}

QString MainWindow::webhookDescription() const
{
    if (!m_webhooks || m_webhooks->state() == WebhookReceiver::State::Off)
        return tr("The receiver is off.");
    if (m_webhooks->state() == WebhookReceiver::State::Error)
        return tr("The receiver could not start: %1").arg(m_webhooks->errorString());
    //: Tooltip; %1 is the receiver's address, %2 to %4 are counts of webhook deliveries
    QString text = tr("Listening on %1. %2 accepted (%3 repeated deliveries), %4 refused.")
                       .arg(m_webhooks->url().toString(), locale().toString(m_webhooks->acceptedCount()),
                            locale().toString(m_webhooks->duplicateCount()),
                            locale().toString(m_webhooks->rejectedCount()));
    const WebhookReceiver::Rejection last = m_webhooks->lastRejection();
    if (last.status != 0)
        text += QLatin1Char(' ') +
                tr("Last refusal: %1 (HTTP %2) at %3.")
                    .arg(last.reason)
                    .arg(last.status)
                    .arg(locale().toString(last.at.toLocalTime().time(), QLocale::ShortFormat));
    if (!m_webhooks->hasSecret())
        text += QLatin1Char(' ') + tr("No secret is set: deliveries are not authenticated.");
    return text;
}

void MainWindow::updateWebhookStatus()
{
    const QString text = webhookStatusText();
    m_webhookLabel->setText(text);
    m_webhookLabel->setToolTip(webhookDescription());
    m_webhookLabel->setVisible(!text.isEmpty());
}

void MainWindow::askForApiKey()
{
    if (!m_keys)
        return;
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("apiKeyDialog"));
    dialog->setWindowTitle(tr("Dialgen API key"));
    dialog->setLabelText(m_keys->keychainAvailable()
                             ? tr("Enter your Dialgen API key. CallWatch keeps it in the system keychain.")
                             : tr("Enter your Dialgen API key. No system keychain is available (%1), so "
                                  "CallWatch keeps the key for this session only and asks again next time.")
                                   .arg(m_keys->keychainProblem()));
    dialog->setTextEchoMode(QLineEdit::Password);
    dialog->setInputMode(QInputDialog::TextInput);
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &key) {
        if (m_keys && !key.trimmed().isEmpty())
            m_keys->storeKey(key.trimmed()); // session key at once, keychain when it succeeds
    });
    dialog->open();
}

void MainWindow::setHistory(HistoryStore *history)
{
    m_history = history;
    if (history)
        connect(history, &HistoryStore::problemChanged, this, &MainWindow::updateHealth);
    m_trendModel->setStore(history); // reloads
    updateHealth();
}

void MainWindow::buildTrends()
{
    m_trendModel = new TrendModel(Clock::system(), this);
    m_trendModel->setBackgroundLoading(true); // a month of history is read off the GUI thread
    m_trendModel->setLocale(locale());
    m_trendModel->setTimeZone(QTimeZone::systemTimeZone());
    connect(m_tracker, &CallTracker::transitionsRecorded, m_trendModel, &TrendModel::addTransitions);

    m_trendDock = new QDockWidget(tr("Trends"), this);
    m_trendDock->setObjectName(QStringLiteral("trendsDock"));
    m_trendDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable |
                             QDockWidget::DockWidgetFloatable);
    m_trendChart = new TrendChart(m_trendModel, m_trendDock);
    m_trendChart->setObjectName(QStringLiteral("trendChart"));
    m_trendChart->setMinimumHeight(fontMetrics().height() * 14);
    m_trendDock->setWidget(m_trendChart);
    addDockWidget(Qt::BottomDockWidgetArea, m_trendDock);
    connect(m_trendChart, &TrendChart::rangeChanged, this, [this](ChartRange range) {
        if (m_settings)
            m_settings->setValue(SettingKey::ChartRange, QVariant(chartRangeName(range)));
    });
    connect(m_trendChart, &TrendChart::styleChanged, this, [this](TrendChart::Style style) {
        if (m_settings)
            m_settings->setValue(SettingKey::ChartStyle,
                                 QVariant(style == TrendChart::Style::Lines ? QStringLiteral("lines")
                                                                            : QStringLiteral("bars")));
    });
}

void MainWindow::applyChartSettings()
{
    if (!m_settings)
        return;
    m_trendModel->setTimeZone(m_settings->timeZone());
    m_trendChart->setRange(chartRangeFromName(m_settings->text(SettingKey::ChartRange)));
    m_trendChart->setStyle(m_settings->text(SettingKey::ChartStyle) == QLatin1String("lines")
                               ? TrendChart::Style::Lines
                               : TrendChart::Style::StackedBars);
}

QString MainWindow::showWallboard(int screenIndex)
{
    if (!m_wallboard) {
        m_wallboard = new Wallboard(m_model, m_tracker, m_history, m_settings, Clock::system(), nullptr);
        m_wallboard->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_wallboard, &Wallboard::exitRequested, this, &MainWindow::closeWallboard);
        // Quitting from the wallboard (Ctrl+Q) or closing it by other means brings the window back.
        connect(m_wallboard, &QObject::destroyed, this, [this] {
            if (!isVisible())
                m_wasMaximized ? showMaximized() : showNormal();
        });
    }
    int screen = screenIndex;
    if (screen < 0) {
        const QList<QScreen *> screens = QGuiApplication::screens();
        screen = int(screens.indexOf(this->screen()));
    }
    const QString note = m_wallboard->showOnScreen(screen);
    m_wasMaximized = isMaximized();
    hide();
    if (!note.isEmpty())
        statusBar()->showMessage(note, 15'000);
    return note;
}

Wallboard *MainWindow::wallboard() const
{
    return m_wallboard;
}

void MainWindow::closeWallboard()
{
    if (!m_wallboard)
        return;
    m_wallboard->close(); // deletes it (WA_DeleteOnClose); the window comes back from destroyed()
    m_wallboard = nullptr;
    if (!isVisible())
        m_wasMaximized ? showMaximized() : showNormal();
    activateWindow();
}

QStringList MainWindow::splitIds(const QString &text)
{
    return cw::splitIds(text);
}

bool MainWindow::isPlausibleId(const QString &id)
{
    return cw::isPlausibleId(id);
}

QStringList MainWindow::addCallIds(const QString &text)
{
    const IdParseResult ids = parseIds(text);
    m_tracker->trackCalls(ids.valid);
    return ids.invalid;
}

void MainWindow::promptAddCalls()
{
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(
        this, tr("Add calls"), tr("Paste call ids, one per line or separated by commas or spaces:"),
        QString(), &ok);
    if (!ok)
        return;
    const QStringList invalid = addCallIds(text);
    if (!invalid.isEmpty()) {
        QMessageBox::warning(this, tr("Some ids were not added"),
                             tr("These entries are not valid call ids and were not added:\n\n%1")
                                 .arg(invalid.mid(0, 20).join(QLatin1Char('\n'))));
    }
}

QString MainWindow::importCsvFile(const QString &path, bool *ok)
{
    if (ok)
        *ok = false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("Could not open %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    if (file.size() > CsvMaxBytes)
        return tr("%1 is too large to import (more than %2 MB).")
            .arg(QDir::toNativeSeparators(path))
            .arg(CsvMaxBytes / 1000000);
    const CallIdImport result = importCallIds(file.readAll());
    if (!result.ok()) {
        return result.errorLine > 0
                   ? tr("Could not read %1, line %2: %3")
                         .arg(QDir::toNativeSeparators(path))
                         .arg(result.errorLine)
                         .arg(result.error)
                   : tr("Could not read %1: %2").arg(QDir::toNativeSeparators(path), result.error);
    }
    if (ok)
        *ok = true;
    const int added = m_tracker->trackCalls(result.valid);
    QString report = tr("%n new call(s) tracked", nullptr, added);
    if (added < result.valid.size())
        report += tr(", %n already tracked", nullptr, int(result.valid.size()) - added);
    if (!result.invalid.isEmpty()) {
        QStringList lines;
        for (const CsvEntry &entry : result.invalid.mid(0, 10))
            lines << tr("line %1: %2").arg(entry.line).arg(entry.text.left(60));
        report +=
            tr(". Skipped %n entry(ies) that could not be call ids:", nullptr, int(result.invalid.size())) +
            QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
    }
    return report + QLatin1Char('.');
}

QString MainWindow::exportCsvFile(const QString &path) const
{
    QSaveFile file(path); // all or nothing: a full disk never leaves half a file behind
    if (!file.open(QIODevice::WriteOnly))
        return tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    // Full values where the cell shows less: the recording's URL, not its icon.
    const QByteArray csv = exportModelCsv(m_proxy, {{CallTableModel::RecordingColumn, Qt::ToolTipRole}});
    if (file.write(csv) != csv.size() || !file.commit())
        return tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

void MainWindow::promptImportCsv()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import call ids"), QString(),
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    bool ok = false;
    const QString report = importCsvFile(path, &ok);
    if (ok)
        QMessageBox::information(this, tr("Import finished"), report);
    else
        QMessageBox::warning(this, tr("Import failed"), report);
}

void MainWindow::promptExportCsv()
{
    const QString path =
        //: The suggested file name of the export is the second text: translate "calls", keep ".csv"
        QFileDialog::getSaveFileName(this, tr("Export calls"), tr("calls.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const QString error = exportCsvFile(path);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Export failed"), error);
    else
        statusBar()->showMessage(
            tr("%n call(s) exported to %1", nullptr, m_proxy->rowCount()).arg(QDir::toNativeSeparators(path)),
            5000);
}

void MainWindow::promptTrackBatch()
{
    bool ok = false;
    const QString id =
        QInputDialog::getText(this, tr("Track batch"), tr("Batch id:"), QLineEdit::Normal, QString(), &ok)
            .trimmed();
    if (!ok || id.isEmpty())
        return;
    if (!isPlausibleId(id)) {
        QMessageBox::warning(this, tr("Not a batch id"), tr("\"%1\" is not a valid batch id.").arg(id));
        return;
    }
    m_tracker->trackBatch(id);
}

void MainWindow::updateEmptyState()
{
    updateStatusToggles();
    m_stack->setCurrentWidget(m_model->rowCount() == 0 ? static_cast<QWidget *>(m_emptyLabel) : m_table);
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    m_countLabel->setText(shown == total
                              ? tr("%n call(s)", nullptr, total)
                              : tr("%1 of %n call(s) shown", nullptr, total).arg(locale().toString(shown)));
}

void MainWindow::updateHealth()
{
    const CallTracker::Health &health = m_tracker->health();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QString text;
    QString bannerText;
    QString colour;
    if (m_tracker->isRestoring()) {
        //: Status bar, at start-up: the tracked calls are being read back from the local history
        text = tr("Loading history…");
    } else if (health.authProblem) {
        //: Status bar: CallWatch stopped asking Dialgen for updates
        text = tr("Polling stopped");
        bannerText =
            health.lastError.userMessage() + tr("  Set a valid API key (DIALGEN_API_KEY) and press Refresh.");
        colour = QStringLiteral("#c24e00");
    } else if (!health.running) {
        text = tr("Polling paused");
        colour = QStringLiteral("#a66f00");
    } else if (health.pausedUntil.isValid() && now < health.pausedUntil) {
        text = tr("Dialgen asked us to wait · resuming in %1 s").arg(now.secsTo(health.pausedUntil));
        colour = QStringLiteral("#a66f00");
    } else if (health.lastErrorAt.isValid() &&
               (!health.lastSuccess.isValid() || health.lastErrorAt > health.lastSuccess)) {
        text = tr("Polling trouble: %1").arg(health.lastError.userMessage());
        colour = QStringLiteral("#c24e00");
    }
    if (health.insufficientCredits && bannerText.isEmpty()) {
        bannerText = tr("Dialgen reports that the account is out of credits (HTTP 402): new calls cannot be "
                        "placed until it is topped up. Calls already tracked are still watched.");
    }
    if (text.isEmpty() && health.lastSuccess.isValid()) {
        //: Status bar; %1 is an age such as "5 s ago", %2 the number of requests waiting for an answer
        text = tr("Polling OK · last answer %1 · %2 in flight")
                   .arg(CallTableModel::formatAge(health.lastSuccess.secsTo(now)),
                        locale().toString(health.inFlight));
        colour = QStringLiteral("#007a5a");
    } else if (text.isEmpty()) {
        text = tr("Connecting…");
    }
    if (health.staleCalls > 0)
        //: Appended to the status bar text: %n calls were not refreshed for too long
        text += tr(" · %n stale", nullptr, health.staleCalls);
    m_healthLabel->setText(
        QStringLiteral("<span style='color:%1'>●</span> %2")
            .arg(colour.isEmpty() ? QStringLiteral("#888888") : colour, text.toHtmlEscaped()));
    m_healthLabel->setToolTip(
        tr("%1 requests answered, %2 failed")
            .arg(locale().toString(health.requestsOk), locale().toString(health.requestsFailed)));
    if (bannerText.isEmpty() && m_history) {
        // Polling problems first; then whatever keeps the history from being saved.
        bannerText = m_history->problem();
        if (bannerText.isEmpty())
            bannerText = m_history->openMessage();
    }
    m_banner->setText(bannerText);
    m_banner->setVisible(!bannerText.isEmpty());
    if (m_pauseAction) {
        const Theme theme = m_model->theme();
        //: Toolbar button: pause or resume polling Dialgen (keep short)
        m_pauseAction->setText(health.running ? tr("Pause") : tr("Resume"));
        m_pauseAction->setIcon(StatusStyle::themedIcon(
            health.running ? QStringLiteral("pause") : QStringLiteral("play"), theme));
    }
}

void MainWindow::applyTheme()
{
    const Theme theme = StatusStyle::themeFor(palette().color(QPalette::Window));
    m_model->setTheme(theme);
    for (const auto &[action, icon] : std::as_const(m_themedActions))
        action->setIcon(StatusStyle::themedIcon(icon, theme));
    if (!m_healthLabel || !m_banner)
        return; // still being built
    updateStatusToggles();
    updateHealth();
    const bool dark = theme == Theme::Dark;
    m_banner->setStyleSheet(
        dark ? QStringLiteral(
                   "QLabel#banner { background: #5a2a12; color: #ffe6d9; padding: 8px; border-radius: 4px; }")
             : QStringLiteral("QLabel#banner { background: #fde8dc; color: #5a2108; padding: 8px; "
                              "border-radius: 4px; }"));
    m_sourceLabel->setStyleSheet(dark ? QStringLiteral("color: #a9b8cc;")
                                      : QStringLiteral("color: #5a6a7e;"));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        applyTheme();
    QMainWindow::changeEvent(event);
}

} // namespace cw
