#pragma once
// The provider interfaces a module implements besides modules::api::Module.

#include "api_global.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QWidget>

namespace modules::api {

class InteractionHandle;

/*!
    A view a provider created, or the reason it could not. A factory never returns a
    bare null: the host shows \c error where the view would have been.
*/
struct PanelResult {
    QWidget *widget = nullptr;
    QString error;

    bool ok() const { return widget && error.isEmpty(); }
    static PanelResult success(QWidget *w) { return {w, {}}; }
    static PanelResult failure(const QString &reason) { return {nullptr, reason}; }
};

/*!
    A module of kind "channel-panel": the view of one interaction of its channel.

    The provider is application-wide; the host asks it for one panel per interaction
    (like a Kate plugin creates one view per main window). A panel only handles the
    channel (the transcript, the editor, the call controls); transfer, wrap-up and
    the customer context are the application's own widgets around it.

    A panel is a QWidget with \a parent as parent; the host deletes it. It should
    implement PanelState. It must not outlive \a interaction (connect to its
    destroyed() signal, or hold it in a QPointer, if it needs it after construction).
*/
class ChannelPanelProvider {
public:
    virtual ~ChannelPanelProvider() = default;
    //! The channel served: "chat", "sms", "email" or "voice". Matches the metadata.
    virtual QString channel() const = 0;
    virtual PanelResult createPanel(InteractionHandle *interaction, QWidget *parent) = 0;
};

/*!
    A module of kind "agent-tool": a side panel next to the interaction (a CRM lookup,
    a knowledge base). \a interaction is the interaction currently shown, or nullptr;
    the view follows changes through setInteraction() if it implements it.
*/
class AgentToolProvider {
public:
    virtual ~AgentToolProvider() = default;
    //! Title of the side panel, translated.
    virtual QString title() const = 0;
    virtual PanelResult createToolView(InteractionHandle *interaction, QWidget *parent) = 0;
};

/*!
    A module of kind "wallboard-tile": tiles a supervisor can place on a wallboard.
*/
class WallboardTileProvider {
public:
    virtual ~WallboardTileProvider() = default;
    //! Identifiers of the tiles this module offers ("queue-sl", "agents-by-state").
    virtual QStringList tileIds() const = 0;
    virtual QString tileTitle(const QString &tileId) const = 0;
    virtual PanelResult createTile(const QString &tileId, QWidget *parent) = 0;
};

} // namespace modules::api

Q_DECLARE_INTERFACE(modules::api::ChannelPanelProvider, "org.switchboard.ChannelPanelProvider/1")
Q_DECLARE_INTERFACE(modules::api::AgentToolProvider, "org.switchboard.AgentToolProvider/1")
Q_DECLARE_INTERFACE(modules::api::WallboardTileProvider, "org.switchboard.WallboardTileProvider/1")
