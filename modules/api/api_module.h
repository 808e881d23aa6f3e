#pragma once
// modules::api::Module: the root interface every feature module implements.

#include "api_global.h"

#include <QObject>
#include <QString>

namespace modules::api {

class ModuleContext;

/*!
    The outcome of Module::initialize(): success, or the reason of the failure.

    A module that cannot start says why in a sentence an administrator can act on
    ("no translations for de_DE found in ..."); the host shows that sentence in the
    UI and in the module status, and keeps (or rolls back to) another version.
*/
struct InitResult {
    QString error;      //!< empty on success

    bool ok() const { return error.isEmpty(); }
    static InitResult success() { return {}; }
    static InitResult failure(const QString &reason) { return {reason}; }
};

/*!
    The root interface of a feature module.

    A module is a Qt plugin: one QObject subclass implementing Module and one or more
    provider interfaces (ChannelPanelProvider, AgentToolProvider,
    WallboardTileProvider), declared with

    \code
    class ChatModule : public QObject, public modules::api::Module,
                       public modules::api::ChannelPanelProvider {
        Q_OBJECT
        Q_PLUGIN_METADATA(IID SWITCHBOARD_MODULE_IID FILE "chat.json")
        Q_INTERFACES(modules::api::Module modules::api::ChannelPanelProvider)
        ...
    };
    \endcode

    The metadata file (see docs/modules.md) carries \c id, \c version,
    \c compatVersion, \c apiVersion, \c kind, \c channel, \c displayName and
    \c vendor. The host reads it without loading the library, so a module that is
    incompatible, or whose metadata is malformed, never runs any code.

    Life cycle, driven by the host (modules::host::ModuleSpec::State):
    \list
    \li the library is loaded and the plugin object constructed: the constructor must
        do nothing but initialize members;
    \li initialize() is called once, with the application's ModuleContext;
    \li the providers are asked for views (panels, tools, tiles), any number of times;
    \li shutdown() is called once, after every view the module created is gone;
    \li the plugin object is deleted and the library unloaded.
    \endlist

    A module may be replaced while the application runs (a newer version, or a
    rollback). It therefore owns no state that is not also somewhere else: the
    interactions, transcripts and drafts live in the session (reached through
    ModuleContext), and its views hand their view state over through PanelState.

    To be unloadable, a module is built with \c -fvisibility=hidden,
    \c -fvisibility-inlines-hidden and \c -fno-gnu-unique, keeps no thread running after
    shutdown() and leaves no object of its own (timers, translators, event filters,
    connections to application objects without a receiver of its own) behind.
*/
class Module {
public:
    virtual ~Module() = default;

    /*!
        Called once after loading. \a context stays valid until shutdown() returns.
        Returns InitResult::failure() with a reason when the module cannot run; the
        host then unloads it without calling shutdown().
    */
    virtual InitResult initialize(ModuleContext *context) = 0;

    /*!
        Called once before the module is unloaded, when none of its views exist any
        more. Stop timers and threads, remove anything installed on the application.
    */
    virtual void shutdown() {}
};

} // namespace modules::api

//! The plugin IID of a feature module for API major version 1.
#define SWITCHBOARD_MODULE_IID "org.switchboard.Module/1"

Q_DECLARE_INTERFACE(modules::api::Module, SWITCHBOARD_MODULE_IID)
