#pragma once
// modules::voice::VoiceModule: the plugin object of the voice channel panel.

#include "api_module.h"
#include "api_providers.h"

#include <QObject>

namespace modules::voice {

class VoiceModule : public QObject, public api::Module, public api::ChannelPanelProvider {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID SWITCHBOARD_MODULE_IID FILE "voice.json")
    Q_INTERFACES(modules::api::Module modules::api::ChannelPanelProvider)
public:
    api::InitResult initialize(api::ModuleContext *context) override;
    void shutdown() override;

    QString channel() const override;
    api::PanelResult createPanel(api::InteractionHandle *interaction, QWidget *parent) override;

private:
    api::ModuleContext *m_context = nullptr;
};

} // namespace modules::voice
