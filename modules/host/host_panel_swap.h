#pragma once
// host::PanelSwap: replacing the open panels of one module version by another's, in
// place, with their view state (api::PanelState).
//
// In two steps so that a failure changes nothing: prepare() asks the new version for
// every panel (all or nothing: on the first failure the ones made are deleted and the
// old panels were never touched), then commit() puts each new panel where its old one
// was and deletes the old one. The interaction handles are shared by both versions: the
// transcript, the draft and the messages that arrive meanwhile live there, not in a panel.

#include <QList>
#include <QPointer>
#include <QString>
#include <QWidget>

namespace modules::api { class InteractionHandle; }

namespace modules::host {

class ModuleLoader;

class PanelSwap {
public:
    struct Pair {
        QPointer<QWidget> old;
        QPointer<QWidget> replacement;
        modules::api::InteractionHandle *interaction = nullptr;
    };

    // Every open panel of `from`, replaced by a panel of `to` (which must be running)
    // for the same interaction, with the same parent, restored from the old one's
    // snapshot. False with error() when `to` could not make one: nothing changed then.
    bool prepare(ModuleLoader &from, ModuleLoader &to);
    // Same, for an explicit list of panels of `to`'s module (e.g. from a loader that is
    // no longer tracked).
    bool prepare(const QList<QPair<QWidget *, modules::api::InteractionHandle *>> &open, ModuleLoader &to);

    // Puts every new panel in its old one's place (the same index of a QStackedWidget,
    // current if the old one was; otherwise the same place in its parent's layout), keeps
    // the keyboard focus in it if it was in the old one, and deletes the old panels.
    // `replaced` is called for each pair before its old panel is deleted.
    template<typename F>
    void commit(F replaced)
    {
        for (const Pair &pair : std::as_const(m_pairs)) {
            if (!pair.old || !pair.replacement)
                continue;
            place(pair.old, pair.replacement);
            replaced(pair);
            delete pair.old.data();
        }
        m_pairs.clear();
    }
    // Deletes the new panels made by prepare() (a swap given up).
    void discard();

    QList<Pair> pairs() const { return m_pairs; }
    QString error() const { return m_error; }

    // The place-taking of commit() for one panel, without deleting `old`.
    static void place(QWidget *old, QWidget *replacement);

private:
    QList<Pair> m_pairs;
    QString m_error;
};

} // namespace modules::host
