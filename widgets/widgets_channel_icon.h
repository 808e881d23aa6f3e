#pragma once
// widgets::channelIcon(): one small glyph per channel (chat bubble, SMS phone,
// envelope, handset), drawn with QPainter in the palette's text colour so that it
// follows light and dark themes, and cached per channel, colour and size.

#include <QColor>
#include <QIcon>
#include <QString>

namespace widgets {

// channel: "chat", "sms", "email" or "voice"; anything else gets a neutral dot.
QIcon channelIcon(const QString &channel, const QColor &color, int size = 20);

} // namespace widgets
