#include "detailpane.h"

#include "calltablemodel.h"
#include "errorcodes.h"
#include "i18n.h"

#include <QAction>
#include <QClipboard>
#include <QDesktopServices>
#include <QEvent>
#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QKeySequence>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTextDocument>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <utility>

namespace cw {

// The palette-derived colours of the pane. Everything is painted or coloured through the palette, never a
// style sheet: style sheets and palettes do not mix, and the pane must follow palette changes.
struct DetailPaneColours
{
    QColor window;
    QColor text;
    QColor base;
    QColor card;
    QColor border;
    QColor muted;
    QColor agentInk;
    QColor agentBubble;
    QColor contactBubble;
    QColor warningFill;
    QColor warningBorder;
    QColor warningInk;
    Theme theme = Theme::Light;
};

namespace {

constexpr int kStatusIconSize = 18;
constexpr int kTimelineIconSize = 16;
constexpr qint64 kSecondsPerDay = 86400;

QString emDash()
{
    return QString(QChar(0x2014));
}

QString dotSeparator()
{
    return QStringLiteral("  \u00b7  ");
}

// a + (b - a) * t, opaque.
QColor mix(const QColor &a, const QColor &b, float t)
{
    const auto channel = [t](float x, float y) {
        return x + (y - x) * t;
    };
    return QColor::fromRgbF(channel(a.redF(), b.redF()), channel(a.greenF(), b.greenF()),
                            channel(a.blueF(), b.blueF()));
}

QFont scaledFont(QFont font, qreal factor, int weight)
{
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * factor);
    else if (font.pixelSize() > 0)
        font.setPixelSize(qRound(font.pixelSize() * factor));
    font.setWeight(QFont::Weight(weight));
    return font;
}

// A surface painted from the pane's colours: section cards, transcript bubbles, the error box, rules.
class Surface final : public QFrame
{
public:
    enum Kind : quint8
    {
        Card,
        AgentBubble,
        ContactBubble,
        OtherBubble,
        Tinted, // the error box: a tint of `ink`
        Rule,
    };

    Surface(Kind kind, const DetailPaneColours *colours, QWidget *parent)
        : QFrame(parent)
        , m_kind(kind)
        , m_colours(colours)
    {}
    void setInk(const QColor &ink)
    {
        m_ink = ink;
        update();
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        const DetailPaneColours &c = *m_colours;
        const bool dark = c.theme == Theme::Dark;
        QColor fill;
        QColor border;
        qreal radius = 10;
        Qt::PenStyle penStyle = Qt::SolidLine;
        switch (m_kind) {
        case Card:
            fill = c.card;
            border = c.border;
            radius = 8;
            break;
        case AgentBubble:
            fill = c.agentBubble;
            break;
        case ContactBubble:
            fill = c.contactBubble;
            break;
        case OtherBubble:
            fill = c.card;
            border = c.border;
            penStyle = Qt::DashLine;
            break;
        case Tinted:
            fill = mix(c.card, m_ink, dark ? 0.16f : 0.08f);
            border = mix(c.card, m_ink, 0.45f);
            radius = 8;
            break;
        case Rule:
            fill = c.border;
            radius = 0;
            break;
        }
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing, radius > 0);
        painter.setPen(border.isValid() ? QPen(border, 1, penStyle) : QPen(Qt::NoPen));
        painter.setBrush(fill);
        const QRectF box = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
        if (radius > 0)
            painter.drawRoundedRect(box, radius, radius);
        else
            painter.fillRect(rect(), fill);
    }

private:
    Kind m_kind;
    const DetailPaneColours *m_colours;
    QColor m_ink;
};

// A warning: amber box, readable text, in light and dark.
class WarningLabel final : public QLabel
{
public:
    WarningLabel(const DetailPaneColours *colours, QWidget *parent)
        : QLabel(parent)
        , m_colours(colours)
    {
        setTextFormat(Qt::PlainText);
        setWordWrap(true);
        setContentsMargins(10, 6, 10, 6);
    }

protected:
    void paintEvent(QPaintEvent *event) override
    {
        {
            QPainter painter(this);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setPen(QPen(m_colours->warningBorder, 1));
            painter.setBrush(m_colours->warningFill);
            painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
        }
        QLabel::paintEvent(event);
    }

private:
    const DetailPaneColours *m_colours;
};

// Shows one line of text elided in the middle, whatever the width; the full text is in the tooltip.
// Used for links, which have no spaces to wrap at and would otherwise make the pane wider.
class ElidedLabel final : public QLabel
{
public:
    explicit ElidedLabel(QWidget *parent)
        : QLabel(parent)
    {
        setTextFormat(Qt::PlainText);
        setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    }
    void setFullText(const QString &text)
    {
        m_full = text;
        // Tooltips render anything that looks like HTML as HTML: the link is payload text, escape it.
        setToolTip(Qt::mightBeRichText(text)
                       ? QStringLiteral("<p>") + text.toHtmlEscaped() + QStringLiteral("</p>")
                       : text);
        elide();
    }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QLabel::resizeEvent(event);
        elide();
    }

private:
    void elide()
    {
        setText(fontMetrics().elidedText(m_full, Qt::ElideMiddle, qMax(0, contentsRect().width())));
    }
    QString m_full;
};

// A transcript line: prefers the width of its longest line (so a short line keeps a short bubble and a
// long one fills the row), wraps when narrower. QLabel's own hint for wrapped text is a fixed guess.
class BubbleText final : public QLabel
{
public:
    explicit BubbleText(QWidget *parent)
        : QLabel(parent)
    {
        setTextFormat(Qt::PlainText);
        setWordWrap(true);
        setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    QSize sizeHint() const override
    {
        int width = 0;
        const QStringList lines = text().split(QLatin1Char('\n'));
        for (const QString &line : lines)
            width = qMax(width, fontMetrics().horizontalAdvance(line));
        const QMargins m = contentsMargins();
        width += m.left() + m.right() + 2 * margin() + 2;
        return {width, heightForWidth(width)};
    }
};

// Lays its items out left to right and wraps onto further rows when the width runs out, so the action
// buttons never get cut off or hidden in an overflow menu on a narrow pane.
class FlowLayout final : public QLayout
{
public:
    FlowLayout(QWidget *parent, int spacing)
        : QLayout(parent)
        , m_gap(spacing)
    {
        setContentsMargins(0, 0, 0, 0);
    }
    ~FlowLayout() override
    {
        while (QLayoutItem *item = FlowLayout::takeAt(0))
            delete item;
    }
    void addItem(QLayoutItem *item) override { m_items.append(item); }
    int count() const override { return int(m_items.size()); }
    QLayoutItem *itemAt(int index) const override { return m_items.value(index); }
    QLayoutItem *takeAt(int index) override
    {
        return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
    }
    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return arrange(QRect(0, 0, width, 0), false); }
    void setGeometry(const QRect &rect) override
    {
        QLayout::setGeometry(rect);
        arrange(rect, true);
    }
    // One row when there is room for it.
    QSize sizeHint() const override
    {
        int width = 0;
        int height = 0;
        for (const QLayoutItem *item : m_items) {
            if (item->isEmpty())
                continue;
            width += (width > 0 ? m_gap : 0) + item->sizeHint().width();
            height = qMax(height, item->sizeHint().height());
        }
        const QMargins m = contentsMargins();
        return {width + m.left() + m.right(), height + m.top() + m.bottom()};
    }
    // As narrow as the widest button.
    QSize minimumSize() const override
    {
        QSize size;
        for (const QLayoutItem *item : m_items) {
            if (!item->isEmpty())
                size = size.expandedTo(item->minimumSize());
        }
        const QMargins m = contentsMargins();
        return size + QSize(m.left() + m.right(), m.top() + m.bottom());
    }

private:
    int arrange(const QRect &rect, bool apply) const
    {
        const QMargins m = contentsMargins();
        const QRect area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom());
        int x = area.x();
        int y = area.y();
        int rowHeight = 0;
        for (QLayoutItem *item : m_items) {
            if (item->isEmpty())
                continue;
            const QSize hint = item->sizeHint();
            if (x > area.x() && x + hint.width() > area.right() + 1) {
                x = area.x();
                y += rowHeight + m_gap;
                rowHeight = 0;
            }
            if (apply)
                item->setGeometry(QRect(QPoint(x, y), hint));
            x += hint.width() + m_gap;
            rowHeight = qMax(rowHeight, hint.height());
        }
        return y + rowHeight - rect.y() + m.bottom();
    }

    QList<QLayoutItem *> m_items;
    int m_gap;
};

// Every text from a payload goes through a plain-text label: never interpreted as HTML.
QLabel *plainLabel(QWidget *parent, const QString &objectName, bool wrap = true)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(wrap);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

bool isOfferable(const QUrl &url)
{
    return url.isValid() && url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0 &&
           !url.host().isEmpty();
}

DetailPane::UrlOpener defaultOpener()
{
    return [](const QUrl &url) {
        return QDesktopServices::openUrl(url);
    };
}

QString isoUtc(const QDateTime &when)
{
    return when.toUTC().toString(Qt::ISODateWithMs);
}

QString sourceText(SnapshotSource source)
{
    switch (source) {
    case SnapshotSource::LiveStatus:
        return DetailPane::tr("Live status", "where the last update came from");
    case SnapshotSource::PersistentStatus:
        return DetailPane::tr("Persistent status lookup", "where the last update came from");
    case SnapshotSource::BatchStatus:
        return DetailPane::tr("Batch status", "where the last update came from");
    case SnapshotSource::Webhook:
        return DetailPane::tr("Webhook", "where the last update came from");
    case SnapshotSource::Metrics:
        return DetailPane::tr("Metrics lookup", "where the last update came from");
    }
    return snapshotSourceName(source);
}

QString transitionSourceText(const QString &source)
{
    if (source == HistoryStore::SourcePoll)
        return DetailPane::tr("Poll", "a status change seen by polling");
    if (source == HistoryStore::SourceWebhook)
        return DetailPane::tr("Webhook", "a status change pushed by Dialgen");
    if (source == HistoryStore::SourceLookup)
        return DetailPane::tr("Lookup", "a status change seen in a persistent / metrics lookup");
    return source;
}

QString directionText(const QString &direction)
{
    const QString upper = direction.trimmed().toUpper();
    if (upper == QLatin1String("OUTBOUND"))
        //: Call direction: CallWatch/Dialgen called the contact
        return DetailPane::tr("Outbound");
    if (upper == QLatin1String("INBOUND"))
        //: Call direction: the contact called in
        return DetailPane::tr("Inbound");
    return direction.trimmed();
}

enum class Speaker : quint8
{
    Agent,
    Contact,
    Other
};

Speaker speakerOf(const QString &role)
{
    const QString r = role.trimmed().toLower();
    if (r == QLatin1String("assistant") || r == QLatin1String("agent") || r == QLatin1String("ai") ||
        r == QLatin1String("bot"))
        return Speaker::Agent;
    if (r == QLatin1String("user") || r == QLatin1String("contact") || r == QLatin1String("customer") ||
        r == QLatin1String("human"))
        return Speaker::Contact;
    return Speaker::Other;
}

QString speakerName(Speaker speaker, const QString &role)
{
    switch (speaker) {
    case Speaker::Agent:
        return DetailPane::tr("Agent", "the AI agent speaking in a transcript");
    case Speaker::Contact:
        return DetailPane::tr("Contact", "the person called, speaking in a transcript");
    case Speaker::Other:
        break;
    }
    return role.trimmed().isEmpty() ? DetailPane::tr("Unknown speaker") : role.trimmed();
}

// "callStatus" / "call_status" -> "Call status".
QString humanizeKey(const QString &key)
{
    QString out;
    for (qsizetype i = 0; i < key.size(); ++i) {
        const QChar c = key.at(i);
        if (c == QLatin1Char('_') || c == QLatin1Char('-')) {
            out += QLatin1Char(' ');
        } else if (c.isUpper() && i > 0 && key.at(i - 1).isLower()) {
            out += QLatin1Char(' ');
            out += c.toLower();
        } else {
            out += i == 0 ? c : c.toLower();
        }
    }
    out = out.simplified();
    if (!out.isEmpty())
        out[0] = out.at(0).toUpper();
    return out;
}

QString numberText(double value)
{
    const QLocale locale;
    if (std::isfinite(value) && value == std::floor(value) && std::fabs(value) < 1e15)
        return locale.toString(qint64(value));
    return locale.toString(value, 'g', 6);
}

QString jsonText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return numberText(value.toDouble());
    case QJsonValue::Bool:
        //: A yes/no value among the call metrics
        return value.toBool() ? DetailPane::tr("Yes") : DetailPane::tr("No");
    case QJsonValue::Array: {
        QStringList items;
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array) {
            const QString text = jsonText(item);
            if (!text.isEmpty())
                items << QStringLiteral("\u2022 ") + text;
        }
        return items.join(QLatin1Char('\n'));
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

QString sentimentText(const QJsonValue &value)
{
    const QString lower = value.toString().trimmed().toLower();
    if (lower == QLatin1String("positive"))
        //: Sentiment of the conversation, as rated by the AI
        return DetailPane::tr("Positive");
    if (lower == QLatin1String("neutral"))
        //: Sentiment of the conversation, as rated by the AI
        return DetailPane::tr("Neutral");
    if (lower == QLatin1String("negative"))
        //: Sentiment of the conversation, as rated by the AI
        return DetailPane::tr("Negative");
    return jsonText(value);
}

// 0–1 as Dialgen documents it; above 1 (up to 100) taken as a percentage already.
QString percentText(const QJsonValue &value)
{
    bool ok = value.isDouble();
    double number = value.toDouble();
    if (value.isString())
        number = value.toString().trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(number) || number < 0 || number > 100)
        return jsonText(value);
    if (number <= 1)
        number *= 100;
    const QLocale locale;
    return locale.toString(qRound(number)) + locale.percent();
}

void destroyNow(QWidget *&widget)
{
    // Deleted at once (not deleteLater) so findChildren never sees the old block.
    delete widget;
    widget = nullptr;
}

} // namespace

DetailPane::DetailPane(QWidget *parent)
    : DetailPane(Clock::system(), parent)
{}

DetailPane::DetailPane(const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_clock(&clock)
    , m_opener(defaultOpener())
    , m_colours(std::make_unique<DetailPaneColours>())
{
    setObjectName(QStringLiteral("detailPane"));
    setAccessibleName(tr("Call details"));
    setMinimumWidth(320);

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);
    m_stack = new QStackedWidget(this);
    outer->addWidget(m_stack);

    // Empty state.
    auto *emptyPage = new QWidget(m_stack);
    auto *emptyLayout = new QVBoxLayout(emptyPage);
    emptyLayout->setContentsMargins(24, 24, 24, 24);
    emptyLayout->setSpacing(6);
    emptyLayout->addStretch(2);
    m_emptyLabel = new QLabel(tr("Select a call to see its details"), emptyPage);
    m_emptyLabel->setObjectName(QStringLiteral("detailEmptyState"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setFont(scaledFont(font(), 1.15, QFont::DemiBold));
    emptyLayout->addWidget(m_emptyLabel);
    QLabel *emptyHint = mutedLabel(emptyPage, QStringLiteral("detailEmptyHint"),
                                   tr("Its status, recording, transcript and status history appear here."));
    emptyHint->setAlignment(Qt::AlignCenter);
    emptyHint->setTextInteractionFlags(Qt::NoTextInteraction);
    emptyLayout->addWidget(emptyHint);
    emptyLayout->addStretch(3);
    m_stack->addWidget(emptyPage);

    // Details.
    m_page = new QWidget(m_stack);
    m_page->setObjectName(QStringLiteral("detailPage"));
    auto *pageLayout = new QVBoxLayout(m_page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->setSpacing(0);
    buildHeader(pageLayout);
    buildActions(pageLayout);

    m_headerRule = new Surface(Surface::Rule, m_colours.get(), m_page);
    m_headerRule->setObjectName(QStringLiteral("headerRule"));
    m_headerRule->setFixedHeight(1);
    pageLayout->addWidget(m_headerRule);

    m_scroll = new QScrollArea(m_page);
    m_scroll->setObjectName(QStringLiteral("detailScroll"));
    m_scroll->setAccessibleName(tr("Call details"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_content = new QWidget;
    m_content->setObjectName(QStringLiteral("detailContent"));
    auto *content = new QVBoxLayout(m_content);
    content->setContentsMargins(12, 12, 12, 16);
    content->setSpacing(10);
    buildErrorSection(content);
    buildDetailsSection(content);
    buildRecordingSection(content);
    buildSummarySection(content);
    buildMetricsSection(content);
    buildTimelineSection(content);
    buildTranscriptSection(content);
    content->addStretch(1);
    m_scroll->setWidget(m_content);
    pageLayout->addWidget(m_scroll, 1);
    m_stack->addWidget(m_page);

    m_tick = new QTimer(this);
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &DetailPane::updateTimes);

    m_feedbackTimer = new QTimer(this);
    m_feedbackTimer->setSingleShot(true);
    m_feedbackTimer->setInterval(2500);
    connect(m_feedbackTimer, &QTimer::timeout, this, [this] {
        m_feedback->clear();
        m_feedback->hide();
        updateTimes();
    });

    applyTheme(true);
    clear();
}

DetailPane::~DetailPane() = default;

QSize DetailPane::sizeHint() const
{
    return {420, 640};
}

QToolButton *DetailPane::buttonForAction(const QAction *action) const
{
    const auto buttons = m_actionBar->findChildren<QToolButton *>();
    for (QToolButton *button : buttons) {
        if (button->defaultAction() == action)
            return button;
    }
    return nullptr;
}

// ---- construction ---------------------------------------------------------------------------------------

QLabel *DetailPane::mutedLabel(QWidget *parent, const QString &objectName, const QString &text) const
{
    QLabel *label = plainLabel(parent, objectName);
    label->setText(text);
    setMuted(label, true);
    return label;
}

void DetailPane::buildHeader(QVBoxLayout *into)
{
    auto *header = new QWidget(m_page);
    header->setObjectName(QStringLiteral("detailHeader"));
    auto *layout = new QVBoxLayout(header);
    layout->setContentsMargins(16, 14, 16, 8);
    layout->setSpacing(2);

    auto *statusRow = new QHBoxLayout;
    statusRow->setSpacing(6);
    m_statusIcon = new QLabel(header);
    m_statusIcon->setObjectName(QStringLiteral("statusIcon"));
    m_statusIcon->setFixedSize(kStatusIconSize, kStatusIconSize);
    statusRow->addWidget(m_statusIcon);
    m_statusLabel = plainLabel(header, QStringLiteral("statusLabel"), false);
    m_statusLabel->setFont(scaledFont(font(), 1.0, QFont::Bold));
    statusRow->addWidget(m_statusLabel);
    statusRow->addStretch(1);
    m_feedback = plainLabel(header, QStringLiteral("copyFeedback"), false);
    m_feedback->setTextInteractionFlags(Qt::NoTextInteraction);
    m_feedback->hide();
    statusRow->addWidget(m_feedback);
    m_headerAge = mutedLabel(header, QStringLiteral("headerAge"));
    m_headerAge->setWordWrap(false);
    statusRow->addWidget(m_headerAge);
    layout->addLayout(statusRow);

    m_callIdField = new QLineEdit(header);
    m_callIdField->setObjectName(QStringLiteral("callIdField"));
    m_callIdField->setReadOnly(true);
    m_callIdField->setFrame(false);
    m_callIdField->setFont(scaledFont(font(), 1.45, QFont::Bold));
    m_callIdField->setAccessibleName(tr("Call id"));
    m_callIdField->setToolTip(tr("The call id: select it, or copy it with Copy id"));
    m_callIdField->setTextMargins(0, 0, 0, 0);
    // Reads as a heading, stays selectable: no field background (only that role is set, the rest follows
    // the palette).
    QPalette idPalette;
    idPalette.setBrush(QPalette::Base, Qt::transparent);
    m_callIdField->setPalette(idPalette);
    layout->addWidget(m_callIdField);

    m_subtitle = mutedLabel(header, QStringLiteral("subtitle"));
    layout->addWidget(m_subtitle);
    into->addWidget(header);
}

void DetailPane::buildActions(QVBoxLayout *into)
{
    m_actionBar = new QWidget(m_page);
    m_actionBar->setObjectName(QStringLiteral("detailActions"));
    m_actionBar->setAccessibleName(tr("Call actions"));
    auto *flow = new FlowLayout(m_actionBar, 6);
    flow->setContentsMargins(14, 0, 14, 10);

    const auto make = [this, flow](const QString &text, const QString &objectName, const QKeySequence &keys,
                                   const QString &tip) -> QAction * {
        auto *action = new QAction(text, this);
        action->setObjectName(objectName);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(tip + QStringLiteral(" (") + keys.toString(QKeySequence::NativeText) +
                           QLatin1Char(')'));
        QWidget::addAction(action); // the shortcut works anywhere in the pane
        auto *button = new QToolButton(m_actionBar);
        button->setObjectName(objectName + QStringLiteral("Button"));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setIconSize(QSize(16, 16));
        button->setDefaultAction(action);
        // QToolButton follows its action's text, icon and enabled state, not its visibility.
        connect(action, &QAction::changed, button,
                [button, action] { button->setVisible(action->isVisible()); });
        flow->addWidget(button);
        return action;
    };
    //: Button in the call details (keep short)
    m_refreshAction = make(tr("Refresh now"), QStringLiteral("refreshAction"),
                           QKeySequence(Qt::CTRL | Qt::Key_R), tr("Ask Dialgen about this call now"));
    m_copyIdAction =
        //: Button: copy the call id to the clipboard (keep short)
        make(tr("Copy id"), QStringLiteral("copyIdAction"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
             tr("Copy the call id to the clipboard"));
    m_copyJsonAction = make(tr("Copy JSON"), QStringLiteral("copyJsonAction"),
                            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J),
                            tr("Copy everything known about this call as JSON"));
    m_stopTrackingAction = make(tr("Stop tracking"), QStringLiteral("stopTrackingAction"),
                                QKeySequence(Qt::CTRL | Qt::Key_Delete),
                                tr("Stop following this call and remove it from the table"));
    m_trackAction =
        make(tr("Track this call"), QStringLiteral("trackAction"), QKeySequence(Qt::CTRL | Qt::Key_T),
             tr("Add this call to the table and follow its status"));

    connect(m_refreshAction, &QAction::triggered, this, [this] {
        if (m_hasCall)
            Q_EMIT refreshRequested(m_call.callId);
    });
    connect(m_copyIdAction, &QAction::triggered, this, &DetailPane::copyId);
    connect(m_copyJsonAction, &QAction::triggered, this, &DetailPane::copyJson);
    connect(m_stopTrackingAction, &QAction::triggered, this, [this] {
        if (m_hasCall)
            Q_EMIT stopTrackingRequested(m_call.callId);
    });
    connect(m_trackAction, &QAction::triggered, this, [this] {
        if (m_hasCall)
            Q_EMIT trackRequested(m_call.callId);
    });
    into->addWidget(m_actionBar);
}

QFrame *DetailPane::addSection(QVBoxLayout *into, const QString &objectName, const QString &title,
                               QVBoxLayout **body, QLabel **titleLabel)
{
    auto *frame = new Surface(Surface::Card, m_colours.get(), m_content);
    frame->setObjectName(objectName);
    frame->setAccessibleName(title);
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(14, 10, 14, 12);
    layout->setSpacing(6);
    auto *heading = new QLabel(title, frame);
    heading->setObjectName(QStringLiteral("sectionTitle"));
    heading->setTextFormat(Qt::PlainText);
    heading->setFont(scaledFont(font(), 1.0, QFont::Bold));
    layout->addWidget(heading);
    into->addWidget(frame);
    *body = layout;
    if (titleLabel)
        *titleLabel = heading;
    return frame;
}

void DetailPane::buildErrorSection(QVBoxLayout *into)
{
    m_errorSection = new Surface(Surface::Tinted, m_colours.get(), m_content);
    m_errorSection->setObjectName(QStringLiteral("errorSection"));
    m_errorSection->setAccessibleName(tr("Error"));
    auto *layout = new QVBoxLayout(m_errorSection);
    layout->setContentsMargins(14, 10, 14, 12);
    layout->setSpacing(4);
    auto *titleRow = new QHBoxLayout;
    titleRow->setSpacing(8);
    m_errorIcon = new QLabel(m_errorSection);
    m_errorIcon->setObjectName(QStringLiteral("errorIcon"));
    m_errorIcon->setFixedSize(kStatusIconSize, kStatusIconSize);
    titleRow->addWidget(m_errorIcon, 0, Qt::AlignTop);
    m_errorTitle = plainLabel(m_errorSection, QStringLiteral("errorTitle"));
    m_errorTitle->setFont(scaledFont(font(), 1.0, QFont::Bold));
    titleRow->addWidget(m_errorTitle, 1);
    layout->addLayout(titleRow);
    m_errorRaw = mutedLabel(m_errorSection, QStringLiteral("errorRaw"));
    layout->addWidget(m_errorRaw);
    layout->addSpacing(2);
    m_errorExplanation = plainLabel(m_errorSection, QStringLiteral("errorExplanation"));
    layout->addWidget(m_errorExplanation);
    // Dialgen's retry behaviour, marked with the refresh icon.
    auto *retryRow = new QHBoxLayout;
    retryRow->setSpacing(8);
    m_errorRetryIcon = new QLabel(m_errorSection);
    m_errorRetryIcon->setObjectName(QStringLiteral("errorRetryIcon"));
    m_errorRetryIcon->setFixedSize(kTimelineIconSize, kTimelineIconSize);
    retryRow->addWidget(m_errorRetryIcon, 0, Qt::AlignTop);
    m_errorRetry = plainLabel(m_errorSection, QStringLiteral("errorRetry"));
    retryRow->addWidget(m_errorRetry, 1);
    layout->addSpacing(2);
    layout->addLayout(retryRow);
    into->addWidget(m_errorSection);
}

DetailPane::Field DetailPane::addField(const QString &name, const QString &objectName)
{
    QWidget *host = m_form->parentWidget();
    Field field;
    field.name = mutedLabel(host, objectName + QStringLiteral("Name"), name);
    field.name->setWordWrap(false);
    field.name->setTextInteractionFlags(Qt::NoTextInteraction);
    field.value = plainLabel(host, objectName);
    m_form->addRow(field.name, field.value);
    return field;
}

void DetailPane::buildDetailsSection(QVBoxLayout *into)
{
    QVBoxLayout *body = nullptr;
    addSection(into, QStringLiteral("detailsSection"), tr("Details"), &body);
    m_form = new QFormLayout;
    body->addLayout(m_form);
    // Names above values: the pane is narrow, and with a long name ("Letzte Aktualisierung") beside them
    // the values had little room left; WrapLongRows then moved a long id under its name but gave it no
    // height (Qt 6.4), so it vanished under the next row.
    m_form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_form->setFormAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_form->setHorizontalSpacing(16);
    m_form->setVerticalSpacing(5);
    //: Field label in the call details: the phone number called
    m_phone = addField(tr("Phone"), QStringLiteral("phoneValue"));
    //: Field label: the person called
    m_contact = addField(tr("Contact"), QStringLiteral("contactValue"));
    //: Field label: the Dialgen batch (a list of calls placed together) the call belongs to
    m_batch = addField(tr("Batch"), QStringLiteral("batchValue"));
    //: Field label: the AI agent (voice assistant) that made the call
    m_agent = addField(tr("Agent"), QStringLiteral("agentValue"));
    //: Field label: outbound or inbound
    m_direction = addField(tr("Direction"), QStringLiteral("directionValue"));
    //: Field label: when the call started
    m_started = addField(tr("Started"), QStringLiteral("startedValue"));
    //: Field label: when the call ended
    m_ended = addField(tr("Ended"), QStringLiteral("endedValue"));
    m_duration = addField(tr("Duration"), QStringLiteral("durationValue"));
    //: Field label: when CallWatch last received this call's status
    m_lastUpdate = addField(tr("Last update"), QStringLiteral("lastUpdateValue"));
    m_source = addField(tr("Source", "where the last update came from"), QStringLiteral("sourceValue"));
}

void DetailPane::buildRecordingSection(QVBoxLayout *into)
{
    QVBoxLayout *body = nullptr;
    QFrame *frame = addSection(into, QStringLiteral("recordingSection"), tr("Recording"), &body);
    m_recordingPlaceholder = mutedLabel(frame, QStringLiteral("recordingPlaceholder"));
    body->addWidget(m_recordingPlaceholder);

    auto *url = new ElidedLabel(frame);
    url->setObjectName(QStringLiteral("recordingUrl"));
    m_recordingUrl = url;
    body->addWidget(m_recordingUrl);

    m_recordingButtons = new QWidget(frame);
    m_recordingButtons->setObjectName(QStringLiteral("recordingButtons"));
    auto *buttons = new QHBoxLayout(m_recordingButtons);
    buttons->setContentsMargins(0, 2, 0, 2);
    buttons->setSpacing(8);
    m_playButton = new QPushButton(tr("Play recording"), m_recordingButtons);
    m_playButton->setObjectName(QStringLiteral("playRecordingButton"));
    m_playButton->setAccessibleName(tr("Play recording"));
    m_playButton->setToolTip(tr("Open the recording (MP3) in the default player"));
    m_playButton->setAutoDefault(false);
    connect(m_playButton, &QPushButton::clicked, this, &DetailPane::openRecording);
    buttons->addWidget(m_playButton);
    m_copyLinkButton = new QPushButton(tr("Copy link"), m_recordingButtons);
    m_copyLinkButton->setObjectName(QStringLiteral("copyLinkButton"));
    m_copyLinkButton->setAccessibleName(tr("Copy recording link"));
    m_copyLinkButton->setToolTip(tr("Copy the recording's link to the clipboard"));
    m_copyLinkButton->setAutoDefault(false);
    connect(m_copyLinkButton, &QPushButton::clicked, this, &DetailPane::copyLink);
    buttons->addWidget(m_copyLinkButton);
    buttons->addStretch(1);
    body->addWidget(m_recordingButtons);

    const auto warning = [this, frame](const QString &objectName, const QString &text) -> QLabel * {
        auto *label = new WarningLabel(m_colours.get(), frame);
        label->setObjectName(objectName);
        label->setText(text);
        label->setAccessibleName(text);
        label->setProperty("warning", true);
        return label;
    };
    m_recordingInsecure =
        warning(QStringLiteral("recordingInsecureWarning"),
                tr("This link does not use HTTPS, so CallWatch does not open it. Dialgen's "
                   "recordings are always HTTPS: copy it only if you trust where it came from."));
    body->addWidget(m_recordingInsecure);
    m_recordingWarning = warning(QStringLiteral("recordingWarning"),
                                 tr("Dialgen deletes recordings after %1 days; this link may no longer work.")
                                     .arg(RecordingRetentionDays));
    body->addWidget(m_recordingWarning);
    m_recordingExpiry = mutedLabel(frame, QStringLiteral("recordingExpiry"));
    body->addWidget(m_recordingExpiry);
}

void DetailPane::buildSummarySection(QVBoxLayout *into)
{
    QVBoxLayout *body = nullptr;
    QFrame *frame = addSection(into, QStringLiteral("summarySection"), tr("Summary"), &body);
    m_summaryText = plainLabel(frame, QStringLiteral("summaryText"));
    m_summaryText->setAccessibleName(tr("Summary"));
    body->addWidget(m_summaryText);
    m_summaryPlaceholder = mutedLabel(frame, QStringLiteral("summaryPlaceholder"));
    body->addWidget(m_summaryPlaceholder);
}

void DetailPane::buildMetricsSection(QVBoxLayout *into)
{
    QVBoxLayout *body = nullptr;
    //: Section title: figures the AI extracted from the call (intent, sentiment, confidence...)
    QFrame *frame = addSection(into, QStringLiteral("metricsSection"), tr("Metrics"), &body);
    m_metricsLayout = body;
    m_metricsPlaceholder = mutedLabel(frame, QStringLiteral("metricsPlaceholder"));
    body->addWidget(m_metricsPlaceholder);
}

void DetailPane::buildTimelineSection(QVBoxLayout *into)
{
    QVBoxLayout *body = nullptr;
    QFrame *frame = addSection(into, QStringLiteral("timelineSection"), tr("Status history"), &body);
    m_timelineLayout = body;
    m_timelinePlaceholder =
        mutedLabel(frame, QStringLiteral("timelinePlaceholder"), tr("No status changes recorded yet."));
    body->addWidget(m_timelinePlaceholder);
}

void DetailPane::buildTranscriptSection(QVBoxLayout *into)
{
    QVBoxLayout *body = nullptr;
    QFrame *frame =
        addSection(into, QStringLiteral("transcriptSection"), tr("Transcript"), &body, &m_transcriptTitle);
    m_transcriptLayout = body;
    m_transcriptPlaceholder = mutedLabel(frame, QStringLiteral("transcriptPlaceholder"));
    body->addWidget(m_transcriptPlaceholder);
}

// ---- public API -----------------------------------------------------------------------------------------

void DetailPane::setCall(const CallSnapshot &call)
{
    if (call.callId.isEmpty()) {
        clear();
        return;
    }
    const bool sameCall = m_hasCall && call.callId == m_call.callId;
    m_call = call;
    m_hasCall = true;
    if (!sameCall) {
        m_transitions.clear();
        m_timelineDirty = true;
    }
    populate();
    m_stack->setCurrentWidget(m_page);
    if (!sameCall)
        m_scroll->verticalScrollBar()->setValue(0);
    m_tick->start();
}

void DetailPane::clear()
{
    m_call = CallSnapshot{};
    m_hasCall = false;
    m_transitions.clear();
    m_timelineDirty = true;
    m_tick->stop();
    m_feedbackTimer->stop();
    m_feedback->hide();
    m_stack->setCurrentIndex(0);
    updateActions();
}

void DetailPane::setTimeline(const QList<HistoryStore::Transition> &transitions)
{
    if (transitions == m_transitions && !m_timelineDirty)
        return;
    m_transitions = transitions;
    m_timelineDirty = true;
    rebuildTimeline();
}

void DetailPane::setTracked(bool tracked)
{
    m_tracked = tracked;
    updateActions();
}

void DetailPane::setClock(const Clock &clock)
{
    m_clock = &clock;
    updateTimes();
}

void DetailPane::setUrlOpener(UrlOpener opener)
{
    m_opener = opener ? std::move(opener) : defaultOpener();
}

void DetailPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        applyTheme();
    QWidget::changeEvent(event);
}

// ---- populating -----------------------------------------------------------------------------------------

void DetailPane::populate()
{
    populateHeader();
    populateError();
    populateDetails();
    populateRecording();
    populateSummary();
    rebuildMetrics();
    rebuildTranscript();
    populateConversation();
    rebuildTimeline();
    updateTimes();
    updateActions();
}

void DetailPane::populateConversation()
{
    // Nothing of the conversation yet (scheduled, ongoing, missed, failed): one placeholder, not three.
    const bool any =
        !m_call.summary.trimmed().isEmpty() || !m_call.metrics.isEmpty() || !m_call.transcript.isEmpty();
    m_summaryText->parentWidget()->setVisible(any);
    m_metricsPlaceholder->parentWidget()->setVisible(any);
    const bool completed = m_call.status == CallStatus::Completed;
    if (any)
        m_transcriptPlaceholder->setText(
            completed ? tr("No transcript received for this call yet.")
                      : tr("No transcript: Dialgen provides one for completed calls."));
    else
        m_transcriptPlaceholder->setText(
            completed
                ? tr("No transcript, summary or metrics received for this call yet.")
                : tr("No transcript: Dialgen provides one for completed calls, with a summary and metrics."));
}

void DetailPane::populateHeader()
{
    const QString status = StatusStyle::label(m_call.status, m_call.statusText);
    m_statusIcon->setPixmap(
        StatusStyle::icon(m_call.status, m_theme).pixmap(QSize(kStatusIconSize, kStatusIconSize)));
    m_statusLabel->setText(status);
    setInk(m_statusLabel, StatusStyle::color(m_call.status, m_theme));
    m_statusLabel->setAccessibleName(tr("Status: %1").arg(status));
    m_statusLabel->setToolTip(
        m_call.status == CallStatus::Unknown && !m_call.statusText.trimmed().isEmpty()
            ? tr("Dialgen sent a status CallWatch does not know; it is shown exactly as "
                 "sent.")
            : QString());
    m_callIdField->setText(m_call.callId);
    m_callIdField->setCursorPosition(0);

    QStringList subtitle;
    if (!m_call.contactName.trimmed().isEmpty())
        subtitle << m_call.contactName.trimmed();
    if (!m_call.phoneNumber.trimmed().isEmpty())
        subtitle << m_call.phoneNumber.trimmed();
    if (!m_call.direction.trimmed().isEmpty())
        subtitle << directionText(m_call.direction);
    m_subtitle->setText(subtitle.join(dotSeparator()));
    m_subtitle->setVisible(!subtitle.isEmpty());
}

void DetailPane::setFieldText(const Field &field, const QString &text, const QString &toolTip) const
{
    const bool unknown = text.trimmed().isEmpty();
    field.value->setText(unknown ? emDash() : text);
    field.value->setToolTip(unknown ? tr("Not known") : toolTip);
    field.value->setAccessibleName(field.name->text() + QStringLiteral(": ") +
                                   (unknown ? tr("not known") : text));
    setMuted(field.value, unknown);
}

void DetailPane::populateDetails()
{
    setFieldText(m_phone, m_call.phoneNumber.trimmed());
    const QString name = m_call.contactName.trimmed();
    const QString contactId = m_call.contactId.trimmed();
    QString contact = name;
    if (!name.isEmpty() && !contactId.isEmpty())
        contact = tr("%1 (%2)", "contact name (contact id)").arg(name, contactId);
    else if (name.isEmpty())
        contact = contactId;
    setFieldText(m_contact, contact);
    setFieldText(m_batch, m_call.batchId.trimmed());
    // Rarely known (only the persistent / metrics payloads carry them): hidden rather than a dash.
    setFieldText(m_agent, m_call.agent.trimmed());
    m_form->setRowVisible(m_agent.value, !m_call.agent.trimmed().isEmpty());
    setFieldText(m_direction, directionText(m_call.direction));
    m_form->setRowVisible(m_direction.value, !m_call.direction.trimmed().isEmpty());
    m_form->setRowVisible(m_ended.value, m_call.endTime.isValid());
    setFieldText(m_source, m_call.receivedAt.isValid() ? sourceText(m_call.source) : QString());
}

void DetailPane::populateError()
{
    const QString raw = m_call.error.trimmed();
    m_errorSection->setVisible(!raw.isEmpty());
    if (raw.isEmpty())
        return;
    const ErrorExplanation explained = explainError(m_call.error);
    const QString title = explained.known ? explained.code + QStringLiteral(" \u2014 ") + explained.shortText
                                          : explained.shortText;
    m_errorTitle->setText(title);
    m_errorTitle->setAccessibleName(tr("Error: %1").arg(title));
    // The code and the prose Dialgen sent, when they differ ("Call was not answered" -> NO_ANSWER).
    const bool showRaw = explained.known && raw != explained.code;
    m_errorRaw->setText(tr("Dialgen sent: \u201c%1\u201d").arg(raw));
    m_errorRaw->setVisible(showRaw);
    m_errorExplanation->setText(explained.explanation);
    m_errorRetry->setText(explained.retry);
    m_errorRetry->setVisible(!explained.retry.isEmpty());
    m_errorRetryIcon->setVisible(!explained.retry.isEmpty());
    m_errorRetryIcon->setPixmap(StatusStyle::themedIcon(QStringLiteral("refresh"), m_theme)
                                    .pixmap(QSize(kTimelineIconSize, kTimelineIconSize)));

    const CallStatus tone = m_call.status == CallStatus::Missed ? CallStatus::Missed : CallStatus::Failed;
    const QColor ink = StatusStyle::color(tone, m_theme);
    m_errorIcon->setPixmap(StatusStyle::icon(tone, m_theme).pixmap(QSize(kStatusIconSize, kStatusIconSize)));
    setInk(m_errorTitle, ink);
    static_cast<Surface *>(m_errorSection)->setInk(ink);
}

void DetailPane::populateRecording()
{
    const QUrl &url = m_call.recordingUrl;
    const bool has = !url.isEmpty();
    const bool https = has && isOfferable(url);
    QString placeholder;
    switch (m_call.status) {
    case CallStatus::Completed:
        placeholder = tr("Dialgen has not sent a recording link for this call.");
        break;
    case CallStatus::Scheduled:
    case CallStatus::Ongoing:
        placeholder = tr("No recording yet: Dialgen provides one when the call is completed.");
        break;
    case CallStatus::Missed:
    case CallStatus::Failed:
    case CallStatus::Unknown:
        placeholder = tr("No recording: Dialgen records completed calls.");
        break;
    }
    m_recordingPlaceholder->setText(placeholder);
    m_recordingPlaceholder->setVisible(!has);
    auto *urlLabel = static_cast<ElidedLabel *>(m_recordingUrl);
    urlLabel->setFullText(has ? url.toDisplayString() : QString());
    urlLabel->setAccessibleName(has ? tr("Recording link: %1").arg(url.toDisplayString()) : QString());
    m_recordingUrl->setVisible(has);
    setMuted(m_recordingUrl, true);
    m_recordingButtons->setVisible(has);
    // Only https links are offered to the desktop; anything else stays text (copyable) with a warning.
    m_playButton->setVisible(https);
    m_playButton->setEnabled(https);
    m_copyLinkButton->setEnabled(has);
    m_recordingInsecure->setVisible(has && !https);
}

void DetailPane::populateSummary()
{
    const QString summary = m_call.summary.trimmed();
    m_summaryText->setText(summary);
    m_summaryText->setVisible(!summary.isEmpty());
    m_summaryPlaceholder->setText(m_call.status == CallStatus::Completed
                                      ? tr("No summary received for this call yet.")
                                      : tr("No summary: Dialgen provides one for completed calls."));
    m_summaryPlaceholder->setVisible(summary.isEmpty());
}

void DetailPane::rebuildMetrics()
{
    if (m_shownMetrics && *m_shownMetrics == m_call.metrics)
        return;
    m_shownMetrics = m_call.metrics;
    destroyNow(m_metricsBody);
    const QJsonObject &metrics = m_call.metrics;
    m_metricsPlaceholder->setText(m_call.status == CallStatus::Completed
                                      ? tr("No metrics received for this call yet.")
                                      : tr("No metrics: Dialgen provides them for completed calls."));
    m_metricsPlaceholder->setVisible(metrics.isEmpty());
    if (metrics.isEmpty())
        return;

    QWidget *section = m_metricsPlaceholder->parentWidget();
    m_metricsBody = new QWidget(section);
    m_metricsBody->setObjectName(QStringLiteral("metricsBody"));
    auto *form = new QFormLayout(m_metricsBody);
    form->setContentsMargins(0, 0, 0, 0);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->setHorizontalSpacing(16);
    form->setVerticalSpacing(5);
    const auto addRow = [this, form](const QString &name, const QString &value, const QString &key) {
        Field field;
        field.name = mutedLabel(m_metricsBody, QStringLiteral("metricName"), name);
        field.name->setWordWrap(false);
        field.name->setTextInteractionFlags(Qt::NoTextInteraction);
        field.name->setProperty("metricKey", key);
        field.value = plainLabel(m_metricsBody, QStringLiteral("metricValue"));
        field.value->setProperty("metricKey", key);
        setFieldText(field, value);
        form->addRow(field.name, field.value);
    };

    struct Known
    {
        const char *key;
        QString name;
        QString (*format)(const QJsonValue &);
    };
    const Known known[] = {
        //: Call metric: what the person called wanted, as understood by the AI
        {"intent", tr("Intent"), &jsonText},
        {"sentiment", tr("Sentiment"), &sentimentText},
        {"confidence", tr("Confidence"), &percentText},
        {"keyPoints", tr("Key points"), &jsonText},
        {"actionItems", tr("Action items"), &jsonText},
    };
    QStringList shown;
    for (const Known &k : known) {
        const QString key = QLatin1String(k.key);
        if (!metrics.contains(key))
            continue;
        addRow(k.name, k.format(metrics.value(key)), key);
        shown << key;
    }
    // Anything else the agent's metric schema defines, in key order.
    for (auto it = metrics.constBegin(); it != metrics.constEnd(); ++it) {
        if (!shown.contains(it.key()))
            addRow(humanizeKey(it.key()), jsonText(it.value()), it.key());
    }
    m_metricsLayout->addWidget(m_metricsBody);
}

void DetailPane::rebuildTranscript()
{
    if (m_shownTranscript && *m_shownTranscript == m_call.transcript)
        return;
    m_shownTranscript = m_call.transcript;
    destroyNow(m_transcriptBody);
    const QList<TranscriptLine> &lines = m_call.transcript;
    m_transcriptPlaceholder->setVisible(lines.isEmpty());
    m_transcriptTitle->setText(lines.isEmpty()     ? tr("Transcript")
                               : lines.size() == 1 ? tr("Transcript \u00b7 1 line")
                                                   : tr("Transcript \u00b7 %1 lines").arg(lines.size()));
    if (lines.isEmpty())
        return;

    QWidget *section = m_transcriptPlaceholder->parentWidget();
    m_transcriptBody = new QWidget(section);
    m_transcriptBody->setObjectName(QStringLiteral("transcriptBody"));
    auto *layout = new QVBoxLayout(m_transcriptBody);
    layout->setContentsMargins(0, 2, 0, 0);
    layout->setSpacing(6);
    const QFont speakerFont = scaledFont(font(), 0.85, QFont::Bold);
    for (const TranscriptLine &line : lines) {
        const Speaker speaker = speakerOf(line.role);
        const QString who = speakerName(speaker, line.role);
        auto *bubble = new Surface(speaker == Speaker::Agent     ? Surface::AgentBubble
                                   : speaker == Speaker::Contact ? Surface::ContactBubble
                                                                 : Surface::OtherBubble,
                                   m_colours.get(), m_transcriptBody);
        bubble->setObjectName(speaker == Speaker::Agent     ? QStringLiteral("agentBubble")
                              : speaker == Speaker::Contact ? QStringLiteral("contactBubble")
                                                            : QStringLiteral("otherBubble"));
        bubble->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Preferred);
        auto *bubbleLayout = new QVBoxLayout(bubble);
        bubbleLayout->setContentsMargins(10, 5, 10, 7);
        bubbleLayout->setSpacing(1);
        auto *speakerLabel = new QLabel(who, bubble);
        speakerLabel->setObjectName(QStringLiteral("transcriptSpeaker"));
        speakerLabel->setTextFormat(Qt::PlainText);
        speakerLabel->setFont(speakerFont);
        if (speaker == Speaker::Agent)
            setInk(speakerLabel, m_colours->agentInk);
        else
            setMuted(speakerLabel, true);
        bubbleLayout->addWidget(speakerLabel, 0,
                                speaker == Speaker::Contact ? Qt::AlignRight : Qt::AlignLeft);
        auto *text = new BubbleText(bubble);
        text->setObjectName(QStringLiteral("transcriptText"));
        text->setText(line.content); // plain text: "<b>hi</b>" is shown as typed
        text->setAccessibleName(tr("%1 said: %2").arg(who, line.content));
        bubbleLayout->addWidget(text);

        // The agent on the left, the contact on the right, like a chat; a short line keeps a short bubble.
        auto *row = new QHBoxLayout;
        row->setSpacing(0);
        if (speaker == Speaker::Contact) {
            row->addStretch(1);
            row->addSpacing(36);
            row->addWidget(bubble);
        } else {
            row->addWidget(bubble);
            row->addSpacing(36);
            row->addStretch(1);
        }
        layout->addLayout(row);
    }
    m_transcriptLayout->addWidget(m_transcriptBody);
}

void DetailPane::rebuildTimeline()
{
    if (!m_timelineDirty)
        return;
    m_timelineDirty = false;
    destroyNow(m_timelineBody);
    m_timelinePlaceholder->setVisible(m_transitions.isEmpty());
    if (m_transitions.isEmpty())
        return;

    QList<HistoryStore::Transition> sorted = m_transitions;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const HistoryStore::Transition &a, const HistoryStore::Transition &b) {
                         if (a.attempt != b.attempt)
                             return a.attempt < b.attempt;
                         return a.at < b.at;
                     });

    QWidget *section = m_timelinePlaceholder->parentWidget();
    m_timelineBody = new QWidget(section);
    m_timelineBody->setObjectName(QStringLiteral("timelineBody"));
    auto *layout = new QVBoxLayout(m_timelineBody);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    const QFont headerFont = scaledFont(font(), 0.9, QFont::Bold);
    const QFont statusFont = scaledFont(font(), 1.0, QFont::DemiBold);
    QGridLayout *grid = nullptr;
    int currentAttempt = -1;
    int row = 0;
    for (const HistoryStore::Transition &t : sorted) {
        if (t.attempt != currentAttempt) {
            currentAttempt = t.attempt;
            QLabel *header =
                //: Heading in the status history; %1 is the attempt number (1, 2, 3...) of a redialled call
                mutedLabel(m_timelineBody, QStringLiteral("attemptHeader"), tr("Attempt %1").arg(t.attempt));
            header->setFont(headerFont);
            header->setTextInteractionFlags(Qt::NoTextInteraction);
            if (layout->count() > 0)
                layout->addSpacing(4);
            layout->addWidget(header);
            grid = new QGridLayout;
            grid->setContentsMargins(2, 0, 0, 0);
            grid->setHorizontalSpacing(8);
            grid->setVerticalSpacing(0);
            grid->setColumnStretch(1, 1);
            layout->addLayout(grid);
            row = 0;
        }
        const QString status = StatusStyle::label(t.status, t.statusText);
        auto *icon = new QLabel(m_timelineBody);
        icon->setObjectName(QStringLiteral("timelineIcon"));
        icon->setFixedSize(kTimelineIconSize, kTimelineIconSize);
        icon->setPixmap(
            StatusStyle::icon(t.status, m_theme).pixmap(QSize(kTimelineIconSize, kTimelineIconSize)));
        grid->addWidget(icon, row, 0, Qt::AlignVCenter);
        QLabel *statusLabel = plainLabel(m_timelineBody, QStringLiteral("timelineStatus"), false);
        statusLabel->setText(status);
        statusLabel->setFont(statusFont);
        setInk(statusLabel, StatusStyle::color(t.status, m_theme));
        grid->addWidget(statusLabel, row, 1);
        const QString when = formatWhen(t.at, false);
        QLabel *timeLabel = mutedLabel(m_timelineBody, QStringLiteral("timelineTime"), when);
        timeLabel->setWordWrap(false);
        timeLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        timeLabel->setToolTip(t.at.isValid() ? isoUtc(t.at) : QString());
        grid->addWidget(timeLabel, row, 2);
        ++row;

        QStringList details;
        const QString source = transitionSourceText(t.source);
        if (!source.isEmpty())
            details << source;
        if (!t.error.trimmed().isEmpty())
            details << errorCellText(t.error);
        QLabel *detail =
            mutedLabel(m_timelineBody, QStringLiteral("timelineDetail"), details.join(dotSeparator()));
        detail->setVisible(!details.isEmpty());
        grid->addWidget(detail, row, 1, 1, 2);
        ++row;
        grid->addItem(new QSpacerItem(0, 6, QSizePolicy::Minimum, QSizePolicy::Fixed), row++, 0);

        statusLabel->setAccessibleName(
            //: Status history line; %1 is a call status, %2 a time of day
            details.isEmpty() ? tr("%1 at %2").arg(status, when)
                              : tr("%1 at %2, %3").arg(status, when, details.join(QStringLiteral(", "))));
    }
    m_timelineLayout->addWidget(m_timelineBody);
}

void DetailPane::updateTimes()
{
    if (!m_hasCall)
        return;
    const QDateTime now = m_clock->now();

    m_headerAge->setText(m_call.receivedAt.isValid()
                             //: Header of the call details; %1 is an age such as "5 min ago"
                             ? tr("Updated %1").arg(CallTableModel::formatAge(m_call.receivedAt.secsTo(now)))
                             : QString());
    m_headerAge->setToolTip(m_call.receivedAt.isValid() ? isoUtc(m_call.receivedAt) : QString());
    m_headerAge->setVisible(m_call.receivedAt.isValid() && !m_feedback->isVisibleTo(this));

    const auto setTime = [this](const Field &field, const QDateTime &when) {
        setFieldText(field, when.isValid() ? formatWhen(when, true) : QString(),
                     when.isValid() ? tr("UTC: %1").arg(isoUtc(when)) : QString());
    };
    setTime(m_started, m_call.startTime);
    setTime(m_ended, m_call.endTime);
    setTime(m_lastUpdate, m_call.receivedAt);

    QString duration;
    if (m_call.status == CallStatus::Ongoing && m_call.startTime.isValid()) {
        // Ticks between polls: time since the attempt started, never less than what Dialgen reported.
        const qint64 elapsed =
            qMax<qint64>(qMax<qint64>(0, m_call.startTime.secsTo(now)), m_call.duration.value_or(0));
        //: Duration of a call still in progress; %1 is a duration such as 2:05
        duration = tr("%1 so far").arg(CallTableModel::formatDuration(elapsed));
    } else if (m_call.duration) {
        duration = CallTableModel::formatDuration(*m_call.duration);
    }
    setFieldText(m_duration, duration);

    // Recordings: Dialgen deletes them 90 days after the call.
    const bool hasRecording = !m_call.recordingUrl.isEmpty();
    const std::optional<qint64> age = callAgeSeconds();
    const bool expired = hasRecording && age && *age > qint64(RecordingRetentionDays) * kSecondsPerDay;
    m_recordingWarning->setVisible(expired);
    const QDateTime reference = m_call.startTime.isValid() ? m_call.startTime : m_call.endTime;
    if (hasRecording && !expired && reference.isValid()) {
        const QDate until = reference.addDays(RecordingRetentionDays).toLocalTime().date();
        m_recordingExpiry->setText(
            tr("Dialgen keeps recordings for %1 days: this link should work until about %2.")
                .arg(RecordingRetentionDays)
                .arg(QLocale().toString(until, QLocale::ShortFormat)));
        m_recordingExpiry->setVisible(true);
    } else {
        m_recordingExpiry->setVisible(false);
    }
}

void DetailPane::updateActions()
{
    for (QAction *action :
         {m_refreshAction, m_copyIdAction, m_copyJsonAction, m_stopTrackingAction, m_trackAction})
        action->setEnabled(m_hasCall);
    m_stopTrackingAction->setVisible(m_tracked);
    m_trackAction->setVisible(!m_tracked);
}

// ---- theme ----------------------------------------------------------------------------------------------

void DetailPane::setInk(QWidget *widget, const QColor &colour) const
{
    // Only the text colour is set on the widget; every other role keeps following the pane's palette.
    QPalette ink;
    ink.setColor(QPalette::WindowText, colour);
    ink.setColor(QPalette::Text, colour);
    widget->setPalette(ink);
}

void DetailPane::setMuted(QWidget *widget, bool muted) const
{
    const QVariant current = widget->property("muted");
    if (current.isValid() && current.toBool() == muted)
        return; // applyTheme() re-inks muted widgets when the colours change
    widget->setProperty("muted", muted);
    if (muted)
        setInk(widget, m_colours->muted);
    else
        widget->setPalette(QPalette()); // nothing set: all of it follows the pane again
}

void DetailPane::applyTheme(bool force)
{
    const QPalette pal = palette();
    const QColor window = pal.color(QPalette::Window);
    const QColor text = pal.color(QPalette::WindowText);
    const QColor base = pal.color(QPalette::Base);
    const Theme theme = StatusStyle::themeFor(window);
    if (!force && m_themeApplied && theme == m_theme && window == m_colours->window &&
        text == m_colours->text && base == m_colours->base)
        return;
    m_themeApplied = true;
    m_theme = theme;

    const bool dark = theme == Theme::Dark;
    DetailPaneColours &c = *m_colours;
    c.theme = theme;
    c.window = window;
    c.text = text;
    c.base = base;
    // Cards lift off the background: the view colour in light themes, a lighter surface in dark ones.
    c.card = dark ? mix(window, QColor(Qt::white), 0.045f) : base;
    c.border = mix(window, text, dark ? 0.16f : 0.13f);
    c.muted = mix(text, window, dark ? 0.38f : 0.42f);
    c.agentInk = StatusStyle::color(CallStatus::Ongoing, theme);
    c.agentBubble = mix(c.card, c.agentInk, dark ? 0.2f : 0.09f);
    c.contactBubble = mix(c.card, text, dark ? 0.09f : 0.055f);
    const QColor amber(0xf0, 0xb4, 0x32);
    c.warningFill = dark ? mix(c.card, amber, 0.16f) : QColor(0xff, 0xf5, 0xdb);
    c.warningBorder = dark ? mix(c.card, amber, 0.5f) : QColor(0xe8, 0xc2, 0x62);
    c.warningInk = dark ? QColor(0xf7, 0xd6, 0x88) : QColor(0x5c, 0x3d, 0x00);

    // Muted texts and warnings take their colours from here; everything else follows the palette.
    const auto labels = findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (label->property("warning").toBool())
            setInk(label, c.warningInk);
        else if (label->property("muted").toBool())
            setInk(label, c.muted);
    }
    m_refreshAction->setIcon(StatusStyle::themedIcon(QStringLiteral("refresh"), theme));
    m_trackAction->setIcon(StatusStyle::themedIcon(QStringLiteral("add"), theme));
    m_playButton->setIcon(StatusStyle::themedIcon(QStringLiteral("recording"), theme));
    setInk(m_feedback, StatusStyle::color(CallStatus::Completed, theme));
    // Status colours and icons are baked into the rebuilt blocks: rebuild them.
    m_shownMetrics.reset();
    m_shownTranscript.reset();
    m_timelineDirty = true;
    if (m_hasCall)
        populate();
    else
        rebuildTimeline();
    update();
}

// ---- actions --------------------------------------------------------------------------------------------

void DetailPane::showFeedback(const QString &text)
{
    m_feedback->setText(text);
    m_feedback->show();
    m_headerAge->hide();
    m_feedbackTimer->start();
}

void DetailPane::copyId()
{
    if (!m_hasCall)
        return;
    QGuiApplication::clipboard()->setText(m_call.callId);
    showFeedback(tr("Copied call id"));
}

void DetailPane::copyJson()
{
    if (!m_hasCall)
        return;
    const QByteArray json = QJsonDocument(m_call.toJson()).toJson(QJsonDocument::Indented);
    QGuiApplication::clipboard()->setText(QString::fromUtf8(json));
    showFeedback(tr("Copied JSON"));
}

void DetailPane::copyLink()
{
    if (!m_hasCall || m_call.recordingUrl.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(m_call.recordingUrl.toString(QUrl::FullyEncoded));
    showFeedback(tr("Copied recording link"));
}

void DetailPane::openRecording()
{
    const QUrl url = m_call.recordingUrl;
    if (!m_hasCall || !isOfferable(url))
        return; // never hand anything but an https link to the desktop
    if (!m_opener(url))
        showFeedback(tr("Could not open the recording"));
}

// ---- helpers --------------------------------------------------------------------------------------------

QString DetailPane::formatWhen(const QDateTime &when, bool withAge) const
{
    if (!when.isValid())
        return {};
    const QDateTime now = m_clock->now();
    const QDateTime local = when.toLocalTime();
    const QLocale locale;
    QString text = local.date() == now.toLocalTime().date()
                       ? formatTime(local.time(), locale, TimePrecision::Seconds)
                       : formatDateTime(local, locale, TimePrecision::Seconds);
    const qint64 age = when.secsTo(now);
    if (withAge && age >= 0)
        text += dotSeparator() +
                CallTableModel::formatAge(age).replace(QLatin1Char(' '), QChar(0x00a0)); // wraps whole
    return text;
}

std::optional<qint64> DetailPane::callAgeSeconds() const
{
    const QDateTime reference = m_call.startTime.isValid() ? m_call.startTime : m_call.endTime;
    if (!reference.isValid())
        return std::nullopt;
    return reference.secsTo(m_clock->now());
}

} // namespace cw
