#pragma once
// "Who is working?" — asked on first start and from Edit ▸ Switch Annotator.
// The name defaults to the operating-system user name.

#include "store/Records.h"

#include <QDialog>

class QLineEdit;
class QComboBox;

namespace tally {

class AnnotatorDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AnnotatorDialog(const QString& name, AnnotatorRole role, QWidget* parent = nullptr);
    QString name() const;
    AnnotatorRole role() const;
    static QString systemUserName();

private:
    QLineEdit* m_name = nullptr;
    QComboBox* m_role = nullptr;
};

} // namespace tally
