#pragma once
// modules::api::PanelState: hand a view's state over to its replacement.

#include "api_global.h"

#include <QObject>
#include <QVariantMap>

namespace modules::api {

/*!
    Implemented by a view (a channel panel, a tool view) that has state worth keeping
    when it is replaced by another version of its module: the draft being typed, the
    scroll position, the selection, the cursor.

    The host calls snapshot() on the old view, creates the new view and calls
    restore() on it with the map, before showing it. The map is the contract
    between versions of one module: keys are documented by the module, unknown keys
    are ignored, missing keys leave the default. Only QVariant types Qt can copy
    without the module's code (strings, numbers, lists, maps) may go into it: the old
    version's library may be unloaded while the map is still in use.

    The view declares it with Q_INTERFACES(modules::api::PanelState); the host finds
    it with qobject_cast<modules::api::PanelState *>(widget).
*/
class PanelState {
public:
    virtual ~PanelState() = default;
    virtual QVariantMap snapshot() const = 0;
    virtual void restore(const QVariantMap &state) = 0;
};

} // namespace modules::api

Q_DECLARE_INTERFACE(modules::api::PanelState, "org.switchboard.PanelState/1")
