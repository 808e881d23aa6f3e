#pragma once
// modules::email::EmailModule: the plugin object of the e-mail channel panel.

#include "api_module.h"
#include "api_providers.h"

#include <QObject>

namespace modules::email {

class EmailModule : public QObject, public api::Module, public api::ChannelPanelProvider {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID SWITCHBOARD_MODULE_IID FILE "email.json")
    Q_INTERFACES(modules::api::Module modules::api::ChannelPanelProvider)
public:
    api::InitResult initialize(api::ModuleContext *context) override;
    void shutdown() override;

    QString channel() const override;
    api::PanelResult createPanel(api::InteractionHandle *interaction, QWidget *parent) override;

private:
    api::ModuleContext *m_context = nullptr;
};

} // namespace modules::email
