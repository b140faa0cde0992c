#include "wallboardtiles.h"

#include <QCoreApplication>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QLineEdit>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace cw::wall {

namespace Look {

QColor background()
{
    return QColor(0x0a, 0x0e, 0x13);
}
QColor headerBackground()
{
    return QColor(0x10, 0x16, 0x1e);
}
QColor tile()
{
    return QColor(0x16, 0x1d, 0x27);
}
QColor tileBorder()
{
    return QColor(0x2b, 0x36, 0x45);
}
QColor text()
{
    return QColor(0xf4, 0xf6, 0xf8);
}
QColor muted()
{
    return QColor(0xa9, 0xb6, 0xc4);
}
QColor fresh()
{
    return QColor(0x3d, 0xd6, 0xa5);
}
QColor amber()
{
    return QColor(0xf5, 0xb8, 0x2e);
}
QColor red()
{
    return QColor(0xff, 0x5c, 0x50);
}

QColor levelColour(AlertLevel level)
{
    switch (level) {
    case AlertLevel::Warning:
        return amber();
    case AlertLevel::Critical:
        return red();
    case AlertLevel::Normal:
        break;
    }
    return tileBorder();
}

QFont font(int pixelSize, bool bold)
{
    QFont f = QGuiApplication::font();
    f.setPixelSize(qMax(1, pixelSize));
    f.setWeight(bold ? QFont::Bold : QFont::Normal);
    f.setStyleStrategy(QFont::PreferAntialias);
    return f;
}

} // namespace Look

namespace {

// A little room for bearings and rounding, so that "fits" really means nothing touches the edge.
constexpr int kSlack = 2;

bool fitsAt(const QString &text, const QRect &box, int size, bool bold)
{
    const QFontMetrics fm(Look::font(size, bold));
    return fm.horizontalAdvance(text) <= box.width() - kSlack && fm.height() <= box.height();
}

// Greedy word wrap at one font; an empty list when a line would need more than maxLines.
QStringList wrapWords(const QString &text, const QFontMetrics &fm, int width, int firstIndent, int maxLines,
                      bool *fits)
{
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList lines;
    QString line;
    *fits = true;
    const auto room = [&lines, width, firstIndent] {
        return lines.isEmpty() ? width - firstIndent : width;
    };
    for (const QString &word : words) {
        const QString candidate = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
        if (fm.horizontalAdvance(candidate) <= room()) {
            line = candidate;
            continue;
        }
        if (!line.isEmpty())
            lines << line;
        line = word;
        if (fm.horizontalAdvance(word) > room())
            *fits = false;
    }
    if (!line.isEmpty())
        lines << line;
    if (lines.size() > maxLines)
        *fits = false;
    return lines;
}

} // namespace

TextItem fitText(const QString &text, const QRect &box, int maxPx, int minPx, bool bold, const QColor &colour,
                 Qt::Alignment alignment)
{
    TextItem item{text, QFont(), box, colour, alignment};
    maxPx = qMax(1, maxPx);
    minPx = qBound(1, minPx, maxPx);
    int best = -1;
    if (fitsAt(text, box, maxPx, bold)) {
        best = maxPx;
    } else if (fitsAt(text, box, minPx, bold)) {
        int lo = minPx; // fits
        int hi = maxPx; // does not fit
        while (hi - lo > 1) {
            const int mid = (lo + hi) / 2;
            if (fitsAt(text, box, mid, bold))
                lo = mid;
            else
                hi = mid;
        }
        best = lo;
    }
    if (best > 0) {
        item.font = Look::font(best, bold);
        return item;
    }
    item.font = Look::font(minPx, bold);
    item.text = QFontMetrics(item.font).elidedText(text, Qt::ElideRight, qMax(0, box.width() - kSlack));
    return item;
}

QList<TextItem> fitWrapped(const QString &text, const QRect &box, int maxPx, int minPx, int maxLines,
                           bool bold, const QColor &colour, int firstLineIndent, Qt::Alignment vertical)
{
    maxPx = qMax(1, maxPx);
    minPx = qBound(1, minPx, maxPx);
    maxLines = qMax(1, maxLines);
    const int width = qMax(0, box.width() - kSlack);
    const int indent = qBound(0, firstLineIndent, width);
    QStringList lines;
    QFont font;
    for (int size = maxPx; size >= minPx; size = size > minPx ? qMax(minPx, size * 9 / 10) : minPx - 1) {
        font = Look::font(size, bold);
        const QFontMetrics fm(font);
        bool fits = false;
        lines = wrapWords(text, fm, width, indent, maxLines, &fits);
        if (fits && fm.height() * lines.size() <= box.height())
            break;
        if (size == minPx) {
            // Still too long: keep what fits, elide the last line and any over-long word.
            const int allowed = qMax(1, qMin(maxLines, box.height() / qMax(1, fm.height())));
            if (lines.size() > allowed) {
                QStringList rest = lines.mid(allowed - 1);
                lines = lines.mid(0, allowed - 1);
                lines << rest.join(QLatin1Char(' '));
            }
            for (int i = 0; i < lines.size(); ++i)
                lines[i] = fm.elidedText(lines.at(i), Qt::ElideRight, i == 0 ? width - indent : width);
            break;
        }
    }
    QList<TextItem> items;
    const QFontMetrics fm(font);
    const int lineHeight = fm.height();
    const int used = lineHeight * int(lines.size());
    int top = box.top() + qMax(0, (box.height() - used) / 2);
    if (vertical & Qt::AlignTop)
        top = box.top();
    else if (vertical & Qt::AlignBottom)
        top = box.top() + qMax(0, box.height() - used);
    for (int i = 0; i < lines.size(); ++i) {
        const int left = box.left() + (i == 0 ? indent : 0);
        items.append(TextItem{lines.at(i), font,
                              QRect(left, top + i * lineHeight, box.right() + 1 - left, lineHeight), colour,
                              Qt::AlignLeft | Qt::AlignVCenter});
    }
    return items;
}

void paintWarningShape(QPainter &painter, const QRectF &box, const QColor &colour)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal side = qMin(box.width(), box.height());
    const QRectF r(box.center().x() - side / 2, box.center().y() - side / 2, side, side);
    QPainterPath triangle;
    triangle.moveTo(r.center().x(), r.top() + side * 0.04);
    triangle.lineTo(r.right() - side * 0.02, r.bottom() - side * 0.06);
    triangle.lineTo(r.left() + side * 0.02, r.bottom() - side * 0.06);
    triangle.closeSubpath();
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawPath(triangle);
    // The "!" in the board's darkest colour.
    const QColor ink = Look::background();
    painter.setBrush(ink);
    const qreal barWidth = side * 0.12;
    painter.drawRoundedRect(
        QRectF(r.center().x() - barWidth / 2, r.top() + side * 0.33, barWidth, side * 0.32), barWidth / 2,
        barWidth / 2);
    painter.drawEllipse(QPointF(r.center().x(), r.top() + side * 0.76), barWidth * 0.62, barWidth * 0.62);
    painter.restore();
}

namespace {

void drawItems(QPainter &painter, const QList<TextItem> &items)
{
    for (const TextItem &item : items) {
        painter.setFont(item.font);
        painter.setPen(item.colour);
        painter.drawText(item.rect, int(item.alignment) | Qt::TextSingleLine, item.text);
    }
}

// Diagonal stripes in the top-right corner of `card`: the "stale" cue that does not rely on colour.
void paintHatchedCorner(QPainter &painter, const QRect &card, int size, int stroke, const QColor &colour)
{
    painter.save();
    QPainterPath corner;
    corner.moveTo(card.right() - size, card.top());
    corner.lineTo(card.right() + 1, card.top());
    corner.lineTo(card.right() + 1, card.top() + size);
    corner.closeSubpath();
    painter.setClipPath(corner, Qt::IntersectClip);
    QPen pen(colour, stroke);
    painter.setPen(pen);
    const int step = stroke * 3;
    for (int offset = -size; offset < size * 2; offset += step)
        painter.drawLine(
            QPoint(card.right() - size + offset, card.top() - stroke),
            QPoint(card.right() - size + offset + size + stroke * 2, card.top() + size + stroke));
    painter.restore();
}

} // namespace

// --- Tile -----------------------------------------------------------------------------------------------

Tile::Tile(QWidget *parent)
    : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent, false);
}

int Tile::px(qreal units) const
{
    return qMax(1, qRound(units * m_unit));
}

void Tile::setUnit(qreal unit)
{
    if (qFuzzyCompare(unit, m_unit))
        return;
    m_unit = unit;
    relayout();
}

void Tile::setTitle(const QString &title)
{
    if (title == m_title)
        return;
    m_title = title;
    relayout();
}

void Tile::setIcon(const QIcon &icon)
{
    m_icon = icon;
    relayout();
}

void Tile::setCaption(const QString &caption)
{
    if (caption == m_caption)
        return;
    m_caption = caption;
    relayout();
}

void Tile::setAlert(AlertLevel level, const QString &text, bool acknowledged)
{
    const QString shown = level == AlertLevel::Normal ? QString() : text;
    if (level == m_alertLevel && shown == m_alertText && acknowledged == m_alertAcknowledged)
        return;
    m_alertLevel = level;
    m_alertText = shown;
    m_alertAcknowledged = acknowledged;
    relayout();
}

void Tile::setStaleMarker(const QString &text, AlertLevel severity)
{
    if (text == m_stale && severity == m_staleSeverity)
        return;
    m_stale = text;
    m_staleSeverity = severity;
    relayout();
}

void Tile::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayout();
}

void Tile::relayout()
{
    m_items.clear();
    const int pad = px(22);
    const QRect inner = rect().adjusted(pad, pad - px(4), -pad, -pad + px(4));
    const int titleHeight = px(40);
    int left = inner.left();
    m_iconRect = QRect();
    if (!m_icon.isNull()) {
        const int size = px(34);
        m_iconRect = QRect(left, inner.top() + (titleHeight - size) / 2, size, size);
        left += size + px(12);
    }
    const bool alert = m_alertLevel != AlertLevel::Normal;
    const QColor staleColour = Look::levelColour(m_staleSeverity);
    // Leave the hatched corner free.
    int titleRight = inner.right() + 1 - (m_stale.isEmpty() ? 0 : px(34));
    if (!m_stale.isEmpty() && m_staleInTitleRow) {
        const int width = inner.width() * 35 / 100;
        const QRect box(titleRight - width, inner.top(), width, titleHeight);
        m_items << fitText(m_stale, box, px(26), px(12), true, staleColour,
                           Qt::AlignRight | Qt::AlignVCenter);
        titleRight = box.left() - px(12);
    }
    m_items << fitText(m_title, QRect(left, inner.top(), qMax(0, titleRight - left), titleHeight), px(30),
                       px(12), true, Look::muted());

    int bottom = inner.bottom();
    QString bottomText;
    if (!m_stale.isEmpty() && !m_staleInTitleRow)
        bottomText = m_stale;
    else if (!alert)
        bottomText = m_caption; // an alert's text takes the caption's place
    if (!bottomText.isEmpty()) {
        const int rowHeight = px(36);
        const QRect row(inner.left(), bottom - rowHeight + 1, inner.width(), rowHeight);
        const bool stale = bottomText == m_stale;
        m_items << fitText(bottomText, row, px(26), px(12), stale, stale ? staleColour : Look::muted());
        bottom = row.top() - px(4);
    }
    m_alertIconRect = QRect();
    if (alert) {
        const QString level = m_alertLevel == AlertLevel::Critical
                                  ? QCoreApplication::translate("cw::Wallboard", "CRITICAL")
                                  : QCoreApplication::translate("cw::Wallboard", "WARNING");
        const QString head =
            m_alertAcknowledged ? QCoreApplication::translate("cw::Wallboard", "%1 (acknowledged)").arg(level)
                                : level;
        const int iconSize = px(30);
        const int blockHeight = px(104);
        const QRect block(inner.left(), bottom - blockHeight + 1, inner.width(), blockHeight);
        const QList<TextItem> lines =
            fitWrapped(head + QStringLiteral(" · ") + m_alertText, block, px(24), px(16), 4, false,
                       Look::text(), iconSize + px(10), Qt::AlignBottom);
        if (!lines.isEmpty()) {
            const QRect first = lines.first().rect;
            const int size = qMin(iconSize, first.height() + px(6));
            m_alertIconRect = QRect(block.left(), first.top() + (first.height() - size) / 2, size, size);
            bottom = qMin(first.top(), m_alertIconRect.top()) - px(6);
        }
        m_items << lines;
    }
    const int top = inner.top() + titleHeight + px(4);
    layoutContent(QRect(inner.left(), top, inner.width(), qMax(0, bottom - top + 1)), m_items);
    update();
}

void Tile::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const bool alert = m_alertLevel != AlertLevel::Normal;
    const QColor accent = Look::levelColour(m_alertLevel);
    const int border = alert ? px(5) : qMax(1, px(1.5));
    const QRectF card = QRectF(rect()).adjusted(border / 2.0, border / 2.0, -border / 2.0, -border / 2.0);
    const qreal radius = px(14);
    QColor fill = Look::tile();
    if (alert) {
        const qreal mix = m_alertAcknowledged ? 0.10 : 0.20;
        fill = QColor::fromRgbF(float(fill.redF() * (1 - mix) + accent.redF() * mix),
                                float(fill.greenF() * (1 - mix) + accent.greenF() * mix),
                                float(fill.blueF() * (1 - mix) + accent.blueF() * mix));
    }
    painter.setPen(QPen(accent, border));
    painter.setBrush(fill);
    painter.drawRoundedRect(card, radius, radius);

    if (!m_stale.isEmpty()) {
        QPainterPath clip;
        clip.addRoundedRect(card, radius, radius);
        painter.save();
        painter.setClipPath(clip);
        paintHatchedCorner(painter, rect(), px(54), px(4), Look::levelColour(m_staleSeverity));
        painter.restore();
    }
    if (!m_iconRect.isNull())
        m_icon.paint(&painter, m_iconRect);
    if (!m_alertIconRect.isNull())
        paintWarningShape(painter, m_alertIconRect, accent);
    paintContent(painter);
    drawItems(painter, m_items);
}

// --- NumberTile -----------------------------------------------------------------------------------------

void NumberTile::setValue(const QString &value)
{
    if (value == m_value)
        return;
    m_value = value;
    relayout();
}

void NumberTile::setValueColour(const QColor &colour)
{
    if (colour == m_valueColour)
        return;
    m_valueColour = colour;
    relayout();
}

void NumberTile::setValueScale(qreal scale)
{
    if (qFuzzyCompare(scale, m_valueScale))
        return;
    m_valueScale = scale;
    relayout();
}

void NumberTile::layoutContent(const QRect &area, QList<TextItem> &items)
{
    const QColor colour = m_valueColour.isValid() ? m_valueColour : Look::text();
    const TextItem item = fitText(m_value, area, px(140 * m_valueScale), px(10), true, colour);
    m_valueFont = item.font;
    m_valueRect = item.rect;
    items << item;
}

// --- ListTile -------------------------------------------------------------------------------------------

void ListTile::setRows(const QList<Row> &rows)
{
    const QList<Row> shown = rows.mid(0, m_maxRows);
    if (shown == m_rows)
        return;
    m_rows = shown;
    relayout();
}

void ListTile::setEmptyText(const QString &text)
{
    if (text == m_empty)
        return;
    m_empty = text;
    relayout();
}

void ListTile::setMaxRows(int rows)
{
    m_maxRows = qMax(1, rows);
    m_rows = m_rows.mid(0, m_maxRows);
    relayout();
}

void ListTile::layoutContent(const QRect &area, QList<TextItem> &items)
{
    if (m_rows.isEmpty()) {
        items << fitText(m_empty, area, px(30), px(12), false, Look::muted(), Qt::AlignCenter);
        return;
    }
    // Rows keep a readable height; when the tile is short (an alert, a stale marker) the last rows go.
    const int rowHeight = qMax(px(40), qMin(px(52), area.height() / m_maxRows));
    const int shown = qMin(int(m_rows.size()), qMax(1, area.height() / rowHeight));
    const int fontPx = qMax(1, qMin(px(30), rowHeight * 62 / 100));
    const QFontMetrics bold(Look::font(fontPx, true));
    int valueWidth = 0;
    int keyWidth = 0;
    for (int i = 0; i < shown; ++i) {
        valueWidth = qMax(valueWidth, bold.horizontalAdvance(m_rows.at(i).value) + kSlack * 2);
        keyWidth = qMax(keyWidth, bold.horizontalAdvance(m_rows.at(i).key) + kSlack * 2);
    }
    const int gap = px(18);
    valueWidth = qMin(valueWidth, area.width() * 3 / 10);
    keyWidth = qMin(keyWidth, (area.width() - valueWidth - gap) * 55 / 100);
    const int detailWidth = area.width() - valueWidth - keyWidth - 2 * gap;
    for (int i = 0; i < shown; ++i) {
        const Row &row = m_rows.at(i);
        const int y = area.top() + i * rowHeight;
        const QColor keyColour = row.keyColour.isValid() ? row.keyColour : Look::text();
        items << fitText(row.key, QRect(area.left(), y, keyWidth, rowHeight), fontPx, px(11), true,
                         keyColour);
        if (detailWidth > px(40) && !row.detail.isEmpty()) {
            items << fitText(row.detail, QRect(area.left() + keyWidth + gap, y, detailWidth, rowHeight),
                             fontPx * 85 / 100, px(11), false, Look::muted());
        }
        items << fitText(row.value, QRect(area.right() + 1 - valueWidth, y, valueWidth, rowHeight), fontPx,
                         px(11), true, Look::text(), Qt::AlignRight | Qt::AlignVCenter);
    }
}

// --- ProgressTile ---------------------------------------------------------------------------------------

void ProgressTile::setRows(const QList<Row> &rows, bool elsewhere)
{
    if (rows == m_rows && elsewhere == m_elsewhere)
        return;
    m_rows = rows;
    m_elsewhere = elsewhere;
    relayout();
}

void ProgressTile::setEmptyText(const QString &text)
{
    if (text == m_empty)
        return;
    m_empty = text;
    relayout();
}

void ProgressTile::setMaxRows(int rows)
{
    m_maxRows = qMax(1, rows);
    relayout();
}

void ProgressTile::setColumns(int columns)
{
    m_columns = qMax(1, columns);
    relayout();
}

void ProgressTile::setGrowRows(bool grow)
{
    m_growRows = grow;
    relayout();
}

void ProgressTile::layoutContent(const QRect &area, QList<TextItem> &items)
{
    m_bars.clear();
    m_shown = 0;
    if (m_rows.isEmpty()) {
        items << fitText(m_empty, area, px(30), px(12), false, Look::muted(), Qt::AlignCenter);
        return;
    }
    const int total = int(m_rows.size());
    const int wanted = qMin(m_maxRows, total);
    const int minRow = px(84);
    const int maxRow = m_growRows ? px(118) : minRow;
    const int moreHeight = px(36);
    const int columnGap = px(48);
    int columns = 1;
    int room = area.height();
    int perColumn = 0;
    const auto plan = [&] {
        perColumn = qMax(0, qMin(room / minRow, (wanted + columns - 1) / columns));
        m_shown = qMin(wanted, perColumn * columns);
    };
    // One column when everything fits it, else up to m_columns, filled evenly.
    plan();
    if (m_shown < wanted && m_columns > 1) {
        columns = m_columns;
        plan();
    }
    if (m_shown < total) {
        room = area.height() - moreHeight; // room for "+N more"
        plan();
    }
    const int rowHeight = perColumn > 0 ? qBound(minRow, room / perColumn, maxRow) : minRow;
    const qreal scale = qreal(rowHeight) / minRow;
    const int columnWidth = (area.width() - (columns - 1) * columnGap) / columns;
    const int namePx = px(28 * scale);
    const int lineHeight = px(36 * scale);
    const QFontMetrics bold(Look::font(namePx, true));
    for (int i = 0; i < m_shown; ++i) {
        const Row &row = m_rows.at(i);
        const int column = i / perColumn;
        const int x = area.left() + column * (columnWidth + columnGap);
        const int y = area.top() + (i % perColumn) * rowHeight;
        const int percentWidth = qMin(columnWidth / 3, bold.horizontalAdvance(row.percent) + kSlack * 2);
        items << fitText(row.name, QRect(x, y, columnWidth - percentWidth - px(12), lineHeight), namePx,
                         px(11), true, Look::text());
        items << fitText(row.percent, QRect(x + columnWidth - percentWidth, y, percentWidth, lineHeight),
                         namePx, px(11), true, Look::text(), Qt::AlignRight | Qt::AlignVCenter);
        m_bars.append(Bar{QRect(x, y + lineHeight + px(4 * scale), columnWidth, px(12 * scale)), row.fraction,
                          row.barColour});
        items << fitText(row.detail, QRect(x, y + lineHeight + px(18 * scale), columnWidth, px(28 * scale)),
                         px(21 * scale), px(10), false, Look::muted());
    }
    const int hidden = int(m_rows.size()) - m_shown;
    if (hidden > 0) {
        const QString more =
            m_elsewhere ? QCoreApplication::translate("cw::Wallboard", "+%n more on the Batches page",
                                                      nullptr, hidden)
                        : QCoreApplication::translate("cw::Wallboard", "+%n more", nullptr, hidden);
        const int top = qMin(area.top() + perColumn * rowHeight, area.bottom() + 1 - moreHeight);
        items << fitText(more, QRect(area.left(), top, area.width(), moreHeight), px(24), px(10), false,
                         Look::muted());
    }
}

void ProgressTile::paintContent(QPainter &painter)
{
    painter.save();
    painter.setPen(Qt::NoPen);
    for (const Bar &bar : std::as_const(m_bars)) {
        const qreal radius = bar.rect.height() / 2.0;
        painter.setBrush(Look::tileBorder());
        painter.drawRoundedRect(bar.rect, radius, radius);
        const double fraction = std::clamp(bar.fraction, 0.0, 1.0);
        if (fraction > 0) {
            QRectF done = bar.rect;
            done.setWidth(qMax(qreal(bar.rect.height()), bar.rect.width() * fraction));
            painter.setBrush(bar.colour.isValid() ? bar.colour : Look::fresh());
            painter.drawRoundedRect(done, radius, radius);
        }
    }
    painter.restore();
}

// --- WidgetTile -----------------------------------------------------------------------------------------

WidgetTile::WidgetTile(QWidget *parent)
    : Tile(parent)
{
    setStaleInTitleRow(true); // the widget keeps its whole height
}

void WidgetTile::setContent(QWidget *content)
{
    m_content = content;
    if (m_content)
        m_content->setParent(this);
    relayout();
}

void WidgetTile::layoutContent(const QRect &area, QList<TextItem> &items)
{
    Q_UNUSED(items)
    if (m_content)
        m_content->setGeometry(area);
}

// --- HeaderBar ------------------------------------------------------------------------------------------

HeaderBar::HeaderBar(QWidget *parent)
    : QWidget(parent)
    , m_logoIcon(QStringLiteral(":/icons/callwatch.svg"))
{}

void HeaderBar::setUnit(qreal unit)
{
    if (qFuzzyCompare(unit, m_unit))
        return;
    m_unit = unit;
    relayout();
}

void HeaderBar::setTitle(const QString &title, const QString &page)
{
    if (title == m_title && page == m_page)
        return;
    m_title = title;
    m_page = page;
    relayout();
}

void HeaderBar::setPages(int count, int current)
{
    if (count == m_pageCount && current == m_current)
        return;
    m_pageCount = count;
    m_current = current;
    relayout();
}

void HeaderBar::setMode(const QString &mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    relayout();
}

void HeaderBar::setAge(const QString &text, AlertLevel severity)
{
    if (text == m_age && severity == m_ageSeverity)
        return;
    m_age = text;
    m_ageSeverity = severity;
    relayout();
}

void HeaderBar::setClock(const QString &text)
{
    if (text == m_clock)
        return;
    m_clock = text;
    relayout();
}

void HeaderBar::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayout();
}

void HeaderBar::relayout()
{
    m_items.clear();
    m_dots.clear();
    const auto px = [this](qreal units) {
        return qMax(1, qRound(units * m_unit));
    };
    const QRect inner = rect().adjusted(px(28), 0, -px(28), 0);
    const int h = inner.height();

    // Right: the clock, then the data age to its left.
    const QFontMetrics clockMetrics(Look::font(px(54), true));
    const int clockWidth = qMax(clockMetrics.horizontalAdvance(m_clock),
                                clockMetrics.horizontalAdvance(QStringLiteral("88:88"))) +
                           kSlack * 2;
    const QRect clockBox(inner.right() + 1 - clockWidth, inner.top(), clockWidth, h);
    m_items << fitText(m_clock, clockBox, px(54), px(14), true, Look::text(),
                       Qt::AlignRight | Qt::AlignVCenter);

    const int ageWidth = inner.width() * 30 / 100;
    const QRect ageBox(clockBox.left() - px(36) - ageWidth, inner.top(), ageWidth, h);
    const QColor ageColour =
        m_ageSeverity == AlertLevel::Normal ? Look::fresh() : Look::levelColour(m_ageSeverity);
    const TextItem age = fitText(m_age, ageBox, px(28), px(11), m_ageSeverity != AlertLevel::Normal,
                                 ageColour, Qt::AlignRight | Qt::AlignVCenter);
    m_items << age;
    const int ageTextWidth = QFontMetrics(age.font).horizontalAdvance(age.text);
    const int dot = px(18);
    m_ageDot = QRect(ageBox.right() + 1 - ageTextWidth - px(14) - dot, inner.top() + (h - dot) / 2, dot, dot);

    // Left: the logo, the title and the page name.
    const int logo = px(46);
    m_logo = QRect(inner.left(), inner.top() + (h - logo) / 2, logo, logo);
    const int titleLeft = m_logo.right() + 1 + px(16);
    const int centreWidth = px(300);
    const int centreLeft = inner.left() + (inner.width() - centreWidth) / 2;
    const int titleRoom = qMax(0, centreLeft - px(24) - titleLeft);
    const QFontMetrics titleMetrics(Look::font(px(36), true));
    const int titleWidth = qMin(titleRoom * 6 / 10, titleMetrics.horizontalAdvance(m_title) + kSlack * 2);
    const TextItem title =
        fitText(m_title, QRect(titleLeft, inner.top(), titleWidth, h), px(36), px(12), true, Look::text());
    m_items << title;
    const int pageLeft = titleLeft + titleWidth + px(14);
    m_items << fitText(QStringLiteral("· ") + m_page,
                       QRect(pageLeft, inner.top(), qMax(0, centreLeft - pageLeft), h), px(36), px(12), false,
                       Look::muted());

    // Centre: one dot per page (the current one filled and wider), the rotation state beneath.
    const int dotSize = px(16);
    const int spacing = px(14);
    const int dotsWidth = m_pageCount * dotSize + (m_pageCount - 1) * spacing + px(16);
    int x = inner.left() + (inner.width() - dotsWidth) / 2;
    const int dotsTop = m_mode.isEmpty() ? inner.top() + (h - dotSize) / 2 : inner.top() + h * 30 / 100;
    for (int i = 0; i < m_pageCount; ++i) {
        const int width = i == m_current ? dotSize + px(16) : dotSize;
        m_dots.append(QRect(x, dotsTop, width, dotSize));
        x += width + spacing;
    }
    if (!m_mode.isEmpty()) {
        const QRect modeBox(centreLeft - px(40), dotsTop + dotSize + px(6), centreWidth + px(80), px(30));
        m_items << fitText(m_mode, modeBox, px(22), px(10), false, Look::amber(), Qt::AlignCenter);
    }
    update();
}

void HeaderBar::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), Look::headerBackground());
    painter.fillRect(QRect(0, height() - qMax(1, qRound(2 * m_unit)), width(), qMax(1, qRound(2 * m_unit))),
                     Look::tileBorder());
    m_logoIcon.paint(&painter, m_logo);
    painter.setPen(Qt::NoPen);
    for (int i = 0; i < m_dots.size(); ++i) {
        const QRect &dot = m_dots.at(i);
        const qreal radius = dot.height() / 2.0;
        if (i == m_current) {
            painter.setBrush(Look::text());
            painter.drawRoundedRect(dot, radius, radius);
        } else {
            painter.setBrush(Qt::NoBrush);
            painter.setPen(QPen(Look::muted(), qMax(1.0, 2 * m_unit)));
            painter.drawRoundedRect(QRectF(dot).adjusted(m_unit, m_unit, -m_unit, -m_unit), radius, radius);
            painter.setPen(Qt::NoPen);
        }
    }
    if (!m_age.isEmpty()) {
        const QColor colour =
            m_ageSeverity == AlertLevel::Normal ? Look::fresh() : Look::levelColour(m_ageSeverity);
        if (m_ageSeverity == AlertLevel::Normal) {
            painter.setBrush(colour);
            painter.drawEllipse(m_ageDot);
        } else {
            // Not fresh: a warning shape rather than a dot, so the state does not hang on colour.
            paintWarningShape(
                painter, QRectF(m_ageDot).adjusted(-m_unit * 4, -m_unit * 4, m_unit * 4, m_unit * 4), colour);
        }
    }
    drawItems(painter, m_items);
}

// --- BannerBar ------------------------------------------------------------------------------------------

BannerBar::BannerBar(QWidget *parent)
    : QWidget(parent)
{}

void BannerBar::setUnit(qreal unit)
{
    if (qFuzzyCompare(unit, m_unit))
        return;
    m_unit = unit;
    relayout();
}

void BannerBar::setHints(const QString &hints)
{
    if (hints == m_hints)
        return;
    m_hints = hints;
    relayout();
}

void BannerBar::setAlert(AlertLevel level, const QString &text)
{
    const QString shown = level == AlertLevel::Normal ? QString() : text;
    if (level == m_level && shown == m_text)
        return;
    m_level = level;
    m_text = shown;
    relayout();
}

void BannerBar::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayout();
}

void BannerBar::relayout()
{
    m_items.clear();
    const auto px = [this](qreal units) {
        return qMax(1, qRound(units * m_unit));
    };
    const QRect inner = rect().adjusted(px(28), 0, -px(28), 0);
    if (m_level == AlertLevel::Normal) {
        m_icon = QRect();
        m_items << fitText(m_hints, inner, px(22), px(10), false, Look::muted(), Qt::AlignCenter);
    } else {
        const int icon = qMin(inner.height() - px(10), px(40));
        m_icon = QRect(inner.left(), inner.top() + (inner.height() - icon) / 2, icon, icon);
        const QRect textBox = inner.adjusted(icon + px(16), 0, 0, 0);
        m_items << fitText(m_text, textBox, px(30), px(11), true, Look::background());
    }
    update();
}

void BannerBar::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    if (m_level == AlertLevel::Normal) {
        painter.fillRect(rect(), Look::background());
    } else {
        const qreal radius = 10 * m_unit;
        painter.setPen(Qt::NoPen);
        painter.setBrush(Look::levelColour(m_level));
        painter.drawRoundedRect(QRectF(rect()), radius, radius);
        // The shape in the board's dark colour on the bright bar, with a bright "!".
        painter.setBrush(Look::background());
        QPainterPath triangle;
        const QRectF r = m_icon;
        triangle.moveTo(r.center().x(), r.top());
        triangle.lineTo(r.right(), r.bottom());
        triangle.lineTo(r.left(), r.bottom());
        triangle.closeSubpath();
        painter.drawPath(triangle);
        painter.setBrush(Look::levelColour(m_level));
        const qreal bar = r.width() * 0.12;
        painter.drawRoundedRect(
            QRectF(r.center().x() - bar / 2, r.top() + r.height() * 0.34, bar, r.height() * 0.34), bar / 2,
            bar / 2);
        painter.drawEllipse(QPointF(r.center().x(), r.top() + r.height() * 0.82), bar * 0.62, bar * 0.62);
    }
    drawItems(painter, m_items);
}

// --- PinOverlay -----------------------------------------------------------------------------------------

PinOverlay::PinOverlay(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
{
    m_edit->setObjectName(QStringLiteral("wallboardPin"));
    m_edit->setEchoMode(QLineEdit::Password);
    m_edit->setMaxLength(32);
    m_edit->setAlignment(Qt::AlignCenter);
    m_edit->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
}

void PinOverlay::setUnit(qreal unit)
{
    if (qFuzzyCompare(unit, m_unit))
        return;
    m_unit = unit;
    relayout();
}

void PinOverlay::setTexts(const QString &title, const QString &hint)
{
    m_title = title;
    m_hint = hint;
    relayout();
}

void PinOverlay::setMessage(const QString &message, bool error)
{
    if (message == m_message && error == m_error)
        return;
    m_message = message;
    m_error = error;
    relayout();
}

void PinOverlay::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayout();
}

void PinOverlay::relayout()
{
    m_items.clear();
    const auto px = [this](qreal units) {
        return qMax(1, qRound(units * m_unit));
    };
    const QSize card(qMin(width(), px(760)), qMin(height(), px(380)));
    m_card = QRect(QPoint((width() - card.width()) / 2, (height() - card.height()) / 2), card);
    const QRect inner = m_card.adjusted(px(40), px(30), -px(40), -px(30));
    m_items << fitText(m_title, QRect(inner.left(), inner.top(), inner.width(), px(50)), px(34), px(12), true,
                       Look::text(), Qt::AlignCenter);
    const QRect editBox(inner.left() + inner.width() / 6, inner.top() + px(80), inner.width() * 2 / 3,
                        px(76));
    m_edit->setGeometry(editBox);
    m_edit->setFont(Look::font(px(40), true));
    m_edit->setStyleSheet(QStringLiteral("QLineEdit { background: %1; color: %2; border: %3px solid %4; "
                                         "border-radius: %5px; padding: 0 %6px; }"
                                         "QLineEdit:disabled { color: %7; }")
                              .arg(Look::background().name(), Look::text().name())
                              .arg(px(2))
                              .arg(Look::muted().name())
                              .arg(px(10))
                              .arg(px(12))
                              .arg(Look::muted().name()));
    m_items << fitText(m_message, QRect(inner.left(), editBox.bottom() + px(20), inner.width(), px(44)),
                       px(26), px(10), m_error, m_error ? Look::amber() : Look::muted(), Qt::AlignCenter);
    m_items << fitText(m_hint, QRect(inner.left(), inner.bottom() + 1 - px(36), inner.width(), px(36)),
                       px(22), px(10), false, Look::muted(), Qt::AlignCenter);
    update();
}

void PinOverlay::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QColor dim = Look::background();
    dim.setAlpha(225);
    painter.fillRect(rect(), dim);
    const qreal radius = 16 * m_unit;
    painter.setPen(QPen(Look::muted(), qMax(1.0, 2 * m_unit)));
    painter.setBrush(Look::tile());
    painter.drawRoundedRect(QRectF(m_card), radius, radius);
    drawItems(painter, m_items);
}

} // namespace cw::wall
