#include "host_panel_swap.h"

#include "host_module_loader.h"

#include "api_panel_state.h"

#include <QApplication>
#include <QBoxLayout>
#include <QCoreApplication>
#include <QStackedWidget>

namespace modules::host {

bool PanelSwap::prepare(ModuleLoader &from, ModuleLoader &to)
{
    QList<QPair<QWidget *, api::InteractionHandle *>> open;
    for (QWidget *panel : from.livePanels())
        open.append({panel, from.interactionOf(panel)});
    return prepare(open, to);
}

bool PanelSwap::prepare(const QList<QPair<QWidget *, api::InteractionHandle *>> &open, ModuleLoader &to)
{
    discard();
    m_error.clear();
    for (const auto &[old, interaction] : open) {
        if (!interaction)
            continue;   // its interaction is gone: the panel goes with it
        const api::PanelResult result = to.createPanel(interaction, old->parentWidget());
        if (!result.ok()) {
            delete result.widget;
            m_error = result.error.isEmpty()
                ? QCoreApplication::translate("modules::host::PanelSwap", "%1 made no panel").arg(to.spec().id())
                : result.error;
            discard();
            return false;
        }
        result.widget->hide();     // not seen before it has the old one's state and place
        m_pairs.append({old, result.widget, interaction});
    }
    // The state is taken last, after every panel exists: nothing typed in between is lost.
    for (const Pair &pair : std::as_const(m_pairs)) {
        auto *from = qobject_cast<api::PanelState *>(pair.old.data());
        auto *to = qobject_cast<api::PanelState *>(pair.replacement.data());
        if (from && to)
            to->restore(from->snapshot());
    }
    return true;
}

void PanelSwap::discard()
{
    for (const Pair &pair : std::as_const(m_pairs))
        delete pair.replacement.data();
    m_pairs.clear();
}

void PanelSwap::place(QWidget *old, QWidget *replacement)
{
    // Where the keyboard was, by the focused control's objectName: the same control of
    // the new version takes it (the editor stays the editor).
    QWidget *focused = QApplication::focusWidget();
    const bool hadFocus = focused && (focused == old || old->isAncestorOf(focused));
    const QString focusName = hadFocus ? focused->objectName() : QString();

    if (auto *stack = qobject_cast<QStackedWidget *>(old->parentWidget())) {
        const int index = stack->indexOf(old);
        const bool current = stack->currentWidget() == old;
        stack->insertWidget(index, replacement);
        if (current)
            stack->setCurrentWidget(replacement);
        stack->removeWidget(old);
    } else if (QWidget *parent = old->parentWidget(); parent && parent->layout()) {
        QLayout *layout = parent->layout();
        if (auto *box = qobject_cast<QBoxLayout *>(layout)) {
            box->insertWidget(box->indexOf(old), replacement);
            box->removeWidget(old);
        } else {
            delete layout->replaceWidget(old, replacement);
        }
        replacement->setVisible(old->isVisibleTo(parent));
        old->hide();
    } else {
        replacement->setGeometry(old->geometry());
        replacement->setVisible(old->isVisible());
        old->hide();
    }

    if (hadFocus) {
        QWidget *target = nullptr;
        if (!focusName.isEmpty())
            target = replacement->findChild<QWidget *>(focusName);
        if (!target)
            target = replacement->focusProxy() ? replacement->focusProxy() : replacement;
        target->setFocus(Qt::OtherFocusReason);
    }
}

} // namespace modules::host
