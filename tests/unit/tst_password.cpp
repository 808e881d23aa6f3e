// runtime::hashPassword / verifyPassword / generatePassword.

#include "runtime_password.h"

#include <QtTest>

#include <set>

class tst_Password : public QObject {
    Q_OBJECT

private slots:
    void hashThenVerifyAcceptsTheSamePassword();
    void verifyRejectsAWrongPassword();
    void hashIsAnArgon2idPhcStringWithThePolicy();
    void samePasswordHashesDifferentlyEachTime();
    void verifyRejectsGarbageAndOtherSchemes();
    void passwordsWithNulBytesAndUnicodeRoundTrip();
    void generatedPasswordsAreReadableAndRandom();
};

void tst_Password::hashThenVerifyAcceptsTheSamePassword()
{
    const std::string hash = runtime::hashPassword("correct horse battery staple");
    QVERIFY(runtime::verifyPassword("correct horse battery staple", hash));
}

void tst_Password::verifyRejectsAWrongPassword()
{
    const std::string hash = runtime::hashPassword("correct horse battery staple");
    QVERIFY(!runtime::verifyPassword("correct horse battery stapler", hash));
    QVERIFY(!runtime::verifyPassword("", hash));
    QVERIFY(!runtime::verifyPassword("Correct horse battery staple", hash));
}

void tst_Password::hashIsAnArgon2idPhcStringWithThePolicy()
{
    runtime::PasswordPolicy policy;
    policy.memoryKiB = 8 * 1024;
    policy.passes = 3;
    policy.lanes = 2;
    const std::string hash = runtime::hashPassword("secret-password", policy);
    QVERIFY2(hash.rfind("$argon2id$", 0) == 0, hash.c_str());
    QVERIFY2(hash.find("$m=8192,t=3,p=2$") != std::string::npos, hash.c_str());
    QVERIFY(hash.find('\0') == std::string::npos);
    QVERIFY(runtime::verifyPassword("secret-password", hash));

    const std::string defaults = runtime::hashPassword("secret-password");
    QVERIFY2(defaults.find("$m=19456,t=2,p=1$") != std::string::npos, defaults.c_str());
}

void tst_Password::samePasswordHashesDifferentlyEachTime()
{
    const std::string first = runtime::hashPassword("same password");
    const std::string second = runtime::hashPassword("same password");
    QVERIFY(first != second);   // a fresh random salt each time
    QVERIFY(runtime::verifyPassword("same password", first));
    QVERIFY(runtime::verifyPassword("same password", second));
}

void tst_Password::verifyRejectsGarbageAndOtherSchemes()
{
    QVERIFY(!runtime::verifyPassword("anything", ""));
    QVERIFY(!runtime::verifyPassword("anything", "not a hash"));
    QVERIFY(!runtime::verifyPassword("anything", "$argon2id$v=19$m=19456,t=2,p=1$broken"));
    // An argon2i hash is valid PHC but not the scheme we store.
    QVERIFY(!runtime::verifyPassword("password",
                                     "$argon2i$v=19$m=16,t=2,p=1$c29tZXNhbHQ$iWh06vD8Fy27wf9npn6FXWiCX4K6pW6Ue1Bnzz07Z8A"));
}

void tst_Password::passwordsWithNulBytesAndUnicodeRoundTrip()
{
    const std::string withNul("pass\0word", 9);
    const std::string hash = runtime::hashPassword(withNul);
    QVERIFY(runtime::verifyPassword(withNul, hash));
    QVERIFY(!runtime::verifyPassword("pass", hash));

    const std::string unicode = "pässwörd-密码";
    QVERIFY(runtime::verifyPassword(unicode, runtime::hashPassword(unicode)));
}

void tst_Password::generatedPasswordsAreReadableAndRandom()
{
    std::set<std::string> seen;
    for (int i = 0; i < 200; ++i) {
        const std::string password = runtime::generatePassword();
        QCOMPARE(password.size(), size_t(16));
        for (char c : password) {
            QVERIFY2(std::isalnum(static_cast<unsigned char>(c)), password.c_str());
            QVERIFY2(std::string("0O1lI").find(c) == std::string::npos, password.c_str());
        }
        seen.insert(password);
    }
    QCOMPARE(seen.size(), size_t(200));
    QCOMPARE(runtime::generatePassword(24).size(), size_t(24));
    QVERIFY(runtime::generatePassword(0).empty());
}

QTEST_APPLESS_MAIN(tst_Password)
#include "tst_password.moc"
