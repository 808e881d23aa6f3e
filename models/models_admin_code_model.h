#pragma once
// models::AdminCodeModel: one kind of the directory's simple entities at a time (teams,
// reason codes, wrap-up codes, canned responses), from session::DirectoryAdmin, kept
// current. Switching the kind replaces the rows (removed and inserted, not reset).

#include "models_admin_table_model.h"

namespace session { class DirectoryAdmin; }

namespace models {

class AdminCodeModel : public AdminTableModel {
    Q_OBJECT
public:
    enum class Kind { Teams, ReasonCodes, WrapUpCodes, CannedResponses };
    explicit AdminCodeModel(session::DirectoryAdmin &admin, QObject *parent = nullptr);
    void setKind(Kind kind);
    Kind kind() const { return m_kind; }
    void refresh();

protected:
    QStringList headers() const override;

private:
    session::DirectoryAdmin &m_admin;
    Kind m_kind = Kind::Teams;
};

} // namespace models
