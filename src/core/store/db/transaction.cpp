// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "store/db/transaction.h"

#include "store/sqlite/database.h"

namespace lector::db {

Transaction::Transaction(Connection& db)
    : m_db(&db)
{
}

Transaction::Transaction(Transaction&& other) noexcept
    : m_db(other.m_db)
{
    other.m_db = nullptr;
}

Result<Transaction> Transaction::begin(Connection& db)
{
    LECTOR_TRY(db.beginWrite());
    return Transaction(db);
}

Result<Transaction> Transaction::beginEdit(Connection& db)
{
    LECTOR_TRY(db.beginEdit());
    return Transaction(db);
}

Transaction::~Transaction()
{
    if (m_db)
        (void)m_db->rollback();
}

Result<void> Transaction::commit()
{
    Q_ASSERT(m_db);
    auto r = m_db->commit();
    if (!r)
        return r; // still open: the destructor rolls back
    m_db = nullptr;
    return {};
}

} // namespace lector::db
