#include "voice_module.h"

#include "api_interaction_handle.h"
#include "voice_panel.h"

namespace modules::voice {

api::InitResult VoiceModule::initialize(api::ModuleContext *context)
{
    m_context = context;
    return api::InitResult::success();
}

void VoiceModule::shutdown()
{
    m_context = nullptr;
}

QString VoiceModule::channel() const
{
    return QStringLiteral("voice");
}

api::PanelResult VoiceModule::createPanel(api::InteractionHandle *interaction, QWidget *parent)
{
    if (!interaction)
        return api::PanelResult::failure(tr("No interaction to show"));
    if (interaction->channel() != QLatin1String("voice"))
        return api::PanelResult::failure(tr("The voice panel cannot show a %1 interaction")
                                             .arg(interaction->channel()));
    return api::PanelResult::success(new VoicePanel(interaction, parent));
}

} // namespace modules::voice
