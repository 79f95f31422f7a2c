// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "store/sqlite/transaction.h"

#include "store/sqlite/database.h"

namespace lector::sqlite {

Transaction::Transaction(Database& db)
    : m_db(&db)
{
}

Transaction::Transaction(Transaction&& other) noexcept
    : m_db(other.m_db)
{
    other.m_db = nullptr;
}

Result<Transaction> Transaction::begin(Database& db)
{
    LECTOR_TRY(db.exec("BEGIN IMMEDIATE;"));
    return Transaction(db);
}

Transaction::~Transaction()
{
    if (m_db)
        (void)m_db->exec("ROLLBACK;");
}

Result<void> Transaction::commit()
{
    Q_ASSERT(m_db);
    auto r = m_db->exec("COMMIT;");
    if (!r)
        return r; // still open: the destructor rolls back
    m_db = nullptr;
    return {};
}

} // namespace lector::sqlite
