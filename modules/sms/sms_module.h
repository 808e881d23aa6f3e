#pragma once
// modules::sms::SmsModule: the plugin object of the SMS channel panel. An SMS
// conversation looks and is worked like a chat (a transcript and a reply box), so the
// panel is the chat module's, compiled into this plugin: it shows the segment counter
// for "sms" interactions and sends no typing indicator. Being its own module, SMS can
// be installed, upgraded or removed without touching chat (routing offers SMS only to
// agents who have it loaded).

#include "api_module.h"
#include "api_providers.h"

#include <QObject>

namespace modules::sms {

class SmsModule : public QObject, public api::Module, public api::ChannelPanelProvider {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID SWITCHBOARD_MODULE_IID FILE "sms.json")
    Q_INTERFACES(modules::api::Module modules::api::ChannelPanelProvider)
public:
    api::InitResult initialize(api::ModuleContext *context) override;
    void shutdown() override;
    QString channel() const override;
    api::PanelResult createPanel(api::InteractionHandle *interaction, QWidget *parent) override;
};

} // namespace modules::sms
