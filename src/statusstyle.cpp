#include "statusstyle.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

namespace cw::StatusStyle {

namespace {

struct Pair
{
    const char *light;
    const char *dark;
};

Pair colours(CallStatus status)
{
    // Okabe–Ito hues; the light variants are darkened for contrast on white, the dark variants lifted.
    switch (status) {
    case CallStatus::Scheduled:
        return {"#5a6a7e", "#a9b8cc"}; // neutral slate
    case CallStatus::Ongoing:
        return {"#0072b2", "#56b4e9"}; // blue / sky blue
    case CallStatus::Completed:
        return {"#007a5a", "#2fd0a0"}; // bluish green
    case CallStatus::Missed:
        return {"#a66f00", "#f0b432"}; // orange
    case CallStatus::Failed:
        return {"#c24e00", "#ff8a4c"}; // vermillion
    case CallStatus::Unknown:
        break;
    }
    return {"#9c4f86", "#e09ccd"}; // reddish purple
}

QString iconName(CallStatus status)
{
    switch (status) {
    case CallStatus::Scheduled:
        return QStringLiteral("status-scheduled");
    case CallStatus::Ongoing:
        return QStringLiteral("status-ongoing");
    case CallStatus::Completed:
        return QStringLiteral("status-completed");
    case CallStatus::Missed:
        return QStringLiteral("status-missed");
    case CallStatus::Failed:
        return QStringLiteral("status-failed");
    case CallStatus::Unknown:
        break;
    }
    return QStringLiteral("status-unknown");
}

QIcon renderIcon(const QString &name, const QColor &colour)
{
    QFile file(QStringLiteral(":/icons/") + name + QStringLiteral(".svg"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray svg = file.readAll();
    svg.replace("currentColor", colour.name(QColor::HexRgb).toLatin1());
    QSvgRenderer renderer(svg);
    QIcon icon;
    // Pixmaps for the common sizes at 1x and 2x; QIcon picks the best match on high-DPI screens.
    for (int size : {16, 20, 24, 32, 40, 48, 64, 96, 128}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace

QColor color(CallStatus status, Theme theme)
{
    const Pair pair = colours(status);
    return QColor(QLatin1String(theme == Theme::Dark ? pair.dark : pair.light));
}

QColor background(CallStatus status, Theme theme)
{
    QColor tint = color(status, theme);
    tint.setAlphaF(theme == Theme::Dark ? 0.22f : 0.14f);
    return tint;
}

QIcon themedIcon(const QString &name, Theme theme)
{
    static QHash<QString, QIcon> cache;
    const QString key = name + (theme == Theme::Dark ? QStringLiteral("/dark") : QStringLiteral("/light"));
    auto it = cache.constFind(key);
    if (it != cache.constEnd())
        return *it;
    const QColor ink = theme == Theme::Dark ? QColor(0xe8, 0xea, 0xed) : QColor(0x30, 0x36, 0x3d);
    return *cache.insert(key, renderIcon(name, ink));
}

QIcon icon(CallStatus status, Theme theme)
{
    static QHash<int, QIcon> cache;
    const int key = int(status) * 2 + (theme == Theme::Dark ? 1 : 0);
    auto it = cache.constFind(key);
    if (it != cache.constEnd())
        return *it;
    return *cache.insert(key, renderIcon(iconName(status), color(status, theme)));
}

QString label(CallStatus status, const QString &rawText)
{
    switch (status) {
    case CallStatus::Scheduled:
        //: Call status: the call is planned but not dialled yet (table cell, filter button, chart legend:
        //: keep short)
        return QCoreApplication::translate("cw::StatusStyle", "Scheduled");
    case CallStatus::Ongoing:
        //: Call status: the call is in progress right now (keep short)
        return QCoreApplication::translate("cw::StatusStyle", "Ongoing");
    case CallStatus::Completed:
        //: Call status: the call connected and ended normally (keep short)
        return QCoreApplication::translate("cw::StatusStyle", "Completed");
    case CallStatus::Missed:
        //: Call status: nobody answered (keep short)
        return QCoreApplication::translate("cw::StatusStyle", "Missed");
    case CallStatus::Failed:
        //: Call status: the call could not be placed or broke off with an error (keep short)
        return QCoreApplication::translate("cw::StatusStyle", "Failed");
    case CallStatus::Unknown:
        break;
    }
    if (rawText.trimmed().isEmpty())
        return QCoreApplication::translate("cw::StatusStyle", "Checking…", "no answer from Dialgen yet");
    return rawText.trimmed();
}

Theme themeFor(const QColor &windowBackground)
{
    return windowBackground.lightnessF() < 0.5 ? Theme::Dark : Theme::Light;
}

} // namespace cw::StatusStyle
