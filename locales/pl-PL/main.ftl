# Twofold — polski (Polska). Przetłumaczono z locales/en-US/main.ftl; zob. locales/README.md.

## Page chrome

brand-name = Twofold
skip-to-content = Przejdź do treści
nav-label = Nawigacja główna
nav-log-in = Zaloguj się
nav-sign-up = Zarejestruj się
nav-settings = Ustawienia
nav-log-out = Wyloguj się
loading = Wczytywanie…

## Home

home-title = Uwierzytelnianie dwuskładnikowe, które nie przeszkadza
home-lead = Chroń konto kodem z telefonu, miej kody zapasowe na dzień, w którym go zgubisz, i panuj nad każdym logowaniem.

## Log in

login-title = Zaloguj się do Twofold
login-submit = Zaloguj się
login-pending = Logowanie…
login-no-account = Pierwszy raz w Twofold?
login-sign-up-link = Załóż konto

## Sign up

signup-title = Załóż konto
signup-lead = Potrzebujesz tylko adresu e-mail i silnego hasła.
signup-submit = Załóż konto
signup-pending = Zakładanie konta…
signup-have-account = Masz już konto?
signup-log-in-link = Zaloguj się

## Second step of logging in

verify-title = Wpisz kod
verify-lead-totp = Otwórz aplikację uwierzytelniającą i wpisz 6-cyfrowy kod, który pokazuje dla Twofold.
verify-lead-backup = Wpisz jeden z kodów zapasowych zapisanych przy włączaniu uwierzytelniania dwuskładnikowego. Każdy kod działa tylko raz.
verify-submit = Sprawdź
verify-pending = Sprawdzanie…
verify-start-over = Zacznij od nowa z hasłem
error-login-expired = Zaloguj się ponownie: to logowanie wygasło albo wpisano zbyt wiele błędnych kodów.

## Code inputs (login and the two-factor dialogs)

code-label-authenticator = Kod z aplikacji uwierzytelniającej
code-label-backup = Kod zapasowy
code-use-backup = Użyj kodu zapasowego
code-use-authenticator = Użyj aplikacji uwierzytelniającej

## Form fields

field-email = Adres e-mail
field-password = Hasło
field-current-password = Obecne hasło
field-new-password = Nowe hasło
field-password-hint = Od 12 do 128 znaków. Kilka niezwiązanych ze sobą słów to silne hasło, które łatwo zapamiętać.

## Field problems, shown under the field

field-required = Wypełnij to pole.
field-too-long = To jest za długie.
field-invalid-email = Wpisz adres e-mail, np. imie@przyklad.pl.
field-password-too-short = Użyj co najmniej 12 znaków.
field-password-common = To hasło jest zbyt popularne. Wybierz takie, które trudniej odgadnąć.
field-password-contains-email = Hasło nie może zawierać Twojego adresu e-mail.
field-password-same = Nowe hasło musi różnić się od obecnego.
field-current-password-wrong = Obecne hasło jest nieprawidłowe.

## Errors for the whole form

error-invalid-form = Popraw zaznaczone pola.
error-invalid-credentials = Adres e-mail lub hasło jest nieprawidłowe albo adres nie został jeszcze potwierdzony: najpierw otwórz link, który Ci wysłaliśmy.
error-invalid-code = Ten kod jest nieprawidłowy. Sprawdź aplikację uwierzytelniającą lub kody zapasowe i spróbuj ponownie.
error-code-already-used = Ten kod został już użyty. Poczekaj na kolejny kod w aplikacji albo użyj innego kodu zapasowego.
error-not-enrolled = Uwierzytelnianie dwuskładnikowe nie jest skonfigurowane dla tego konta.
error-already-enrolled = Uwierzytelnianie dwuskładnikowe jest już włączone.
error-unauthorized = Zaloguj się, aby kontynuować.
error-bad-request = Nie udało się odczytać formularza. Sprawdź wpisane dane i spróbuj ponownie.
error-network = Nie można połączyć się z Twofold. Sprawdź połączenie i spróbuj ponownie.
error-unavailable = Twofold jest chwilowo niedostępny. Spróbuj ponownie za minutę.
error-busy = Twofold jest teraz przeciążony. Spróbuj ponownie za kilka sekund.
error-internal = Coś poszło nie tak po naszej stronie. Spróbuj ponownie za chwilę.

## Settings

settings-title = Ustawienia konta
settings-account-heading = Konto
settings-two-factor-heading = Uwierzytelnianie dwuskładnikowe
settings-two-factor-off = Uwierzytelnianie dwuskładnikowe jest wyłączone.
# $date (String) - dzień włączenia
settings-two-factor-on-since = Uwierzytelnianie dwuskładnikowe jest włączone od { $date }.
settings-two-factor-explainer = Przy uwierzytelnianiu dwuskładnikowym logowanie wymaga także kodu z aplikacji uwierzytelniającej albo klucza bezpieczeństwa lub klucza dostępu, więc samo skradzione hasło nie wystarczy.
settings-two-factor-enable = Włącz uwierzytelnianie dwuskładnikowe
settings-two-factor-regenerate = Utwórz nowe kody zapasowe
settings-two-factor-disable = Wyłącz uwierzytelnianie dwuskładnikowe
# $count (Number) - niewykorzystane kody zapasowe
settings-backup-codes-left = { $count ->
    [0] Nie masz już żadnych kodów zapasowych.
    [one] Został Ci jeden kod zapasowy.
    [few] Zostały Ci { $count } kody zapasowe.
    [many] Zostało Ci { $count } kodów zapasowych.
   *[other] Zostało Ci { $count } kodu zapasowego.
}
settings-backup-codes-few = Kończą Ci się kody zapasowe. Utwórz nowe, aby móc się zalogować nawet po zgubieniu telefonu.
settings-two-factor-enabled = Uwierzytelnianie dwuskładnikowe jest teraz włączone. Od teraz logowanie wymaga kodu z aplikacji.
settings-two-factor-enabled-key = Uwierzytelnianie dwuskładnikowe jest teraz włączone. Od teraz logowanie wymaga klucza bezpieczeństwa lub klucza dostępu.
settings-two-factor-disabled = Uwierzytelnianie dwuskładnikowe jest teraz wyłączone. Do logowania wystarczy hasło.
settings-backup-codes-regenerated = Masz nowe kody zapasowe. Stare już nie działają.
settings-password-heading = Zmień hasło
settings-password-submit = Zmień hasło
settings-password-pending = Zmienianie hasła…
settings-password-changed = Hasło zostało zmienione.

## Dialogs on the settings page

dialog-cancel = Anuluj
copy-done = Skopiowano.
copy-failed = Nie udało się skopiować. Zaznacz tekst i skopiuj go samodzielnie.
setup-title = Włącz uwierzytelnianie dwuskładnikowe
setup-password-lead = Aby chronić konto, najpierw potwierdź, że to Ty.
setup-factor-lead = Wpisz hasło i potwierdź jednym ze swoich składników, aby dodać aplikację uwierzytelniającą.
setup-password-submit = Dalej
setup-password-pending = Sprawdzanie…
setup-scan-lead = Zeskanuj ten kod QR aplikacją uwierzytelniającą, np. wbudowaną w menedżer haseł albo osobną aplikacją na telefonie.
setup-qr-label = Kod QR dla aplikacji uwierzytelniającej. Ten sam klucz jest wypisany poniżej.
setup-key-label = Nie da się zeskanować? Wpisz w aplikacji ten klucz:
setup-copy-key = Kopiuj klucz
setup-code-lead = Następnie wpisz 6-cyfrowy kod, który aplikacja pokazuje dla Twofold.
setup-confirm-submit = Włącz
setup-confirm-pending = Włączanie…
setup-add-submit = Dodaj aplikację
backup-codes-title = Zapisz kody zapasowe
backup-codes-lead = Jeśli nie możesz użyć aplikacji uwierzytelniającej ani klucza bezpieczeństwa, każdy z tych kodów pozwala zalogować się jeden raz. Przechowuj je w bezpiecznym miejscu, np. w menedżerze haseł. Są wyświetlane tylko teraz.
backup-codes-list-label = Kody zapasowe
backup-codes-copy = Kopiuj wszystkie
backup-codes-download = Pobierz jako plik tekstowy
backup-codes-print = Drukuj
backup-codes-saved = Zapisałem te kody
backup-codes-done = Gotowe
# Pierwszy wiersz pobranego pliku. $email (String) - adres e-mail konta
backup-codes-file-heading = Kody zapasowe Twofold dla { $email }
backup-codes-file-note = Każdego kodu można użyć jeden raz zamiast kodu z aplikacji uwierzytelniającej lub klucza bezpieczeństwa.
regenerate-title = Utwórz nowe kody zapasowe
regenerate-lead = Obecne kody zapasowe przestają działać, gdy tylko powstaną nowe. Potwierdź hasłem i kodem.
regenerate-submit = Utwórz kody
regenerate-pending = Tworzenie kodów…
disable-title = Wyłącz uwierzytelnianie dwuskładnikowe
disable-lead = Do logowania wystarczy wtedy samo hasło. Potwierdź hasłem i kodem z aplikacji albo kodem zapasowym.
disable-lead-key = Do logowania wystarczy wtedy samo hasło. Potwierdź hasłem i kluczem bezpieczeństwa albo kodem zapasowym.
disable-submit = Wyłącz
disable-pending = Wyłączanie…

## Notice after logging in with a backup code

# $count (Number) - niewykorzystane kody zapasowe
backup-code-used = { $count ->
    [0] Zalogowano ostatnim kodem zapasowym. Utwórz teraz nowe, aby nie stracić dostępu.
    [one] Zalogowano kodem zapasowym. Został Ci jeszcze jeden.
    [few] Zalogowano kodem zapasowym. Zostały Ci jeszcze { $count }.
    [many] Zalogowano kodem zapasowym. Zostało Ci jeszcze { $count }.
   *[other] Zalogowano kodem zapasowym. Zostało Ci jeszcze { $count }.
}
backup-code-used-action = Utwórz nowe kody zapasowe

## Not found

not-found-title = Nie znaleziono strony
not-found-text = Strona, której szukasz, nie istnieje lub została przeniesiona.
not-found-home = Przejdź do strony głównej

## Language and dates

language-label = Język
language-submit = Zmień
# $year, $month (1–12), $day (Number)
date-long = { $day } { $month ->
    [1] stycznia
    [2] lutego
    [3] marca
    [4] kwietnia
    [5] maja
    [6] czerwca
    [7] lipca
    [8] sierpnia
    [9] września
    [10] października
    [11] listopada
   *[12] grudnia
} { $year }

## Bezpieczeństwo konta: limity, sesje, dziennik bezpieczeństwa

error-too-many-attempts = { $minutes ->
    [one] Zbyt wiele prób. Spróbuj ponownie za minutę.
    [few] Zbyt wiele prób. Spróbuj ponownie za { $minutes } minuty.
    [many] Zbyt wiele prób. Spróbuj ponownie za { $minutes } minut.
   *[other] Zbyt wiele prób. Spróbuj ponownie za { $minutes } minuty.
}
error-forbidden = To żądanie nie pochodziło ze strony Twofold i zostało odrzucone. Odśwież stronę i spróbuj ponownie.
settings-back = Wróć do ustawień
settings-activity-heading = Aktywność i urządzenia
date-time-utc = { $date }, godz. { $time } UTC
browser-on-os = { $browser } w systemie { $os }
browser-unknown-on-os = Przeglądarka w systemie { $os }
browser-unknown = Nieznana przeglądarka
address-unknown = nieznany adres

sessions-title = Gdzie jesteś zalogowany
sessions-lead = Te przeglądarki są zalogowane na Twoje konto. Wyloguj te, których nie rozpoznajesz, a potem zmień hasło.
sessions-this-one = Ta przeglądarka
sessions-address = Adres
sessions-signed-in = Zalogowano
sessions-last-seen = Ostatnia aktywność
sessions-sign-out = Wyloguj
sessions-sign-out-others = Wyloguj wszędzie indziej
sessions-signing-out = Wylogowywanie…
sessions-none-elsewhere = Nie jesteś zalogowany nigdzie indziej.
sessions-signed-out-elsewhere = { $count ->
    [one] Dla bezpieczeństwa wylogowaliśmy Cię z jednego innego urządzenia.
    [few] Dla bezpieczeństwa wylogowaliśmy Cię z { $count } innych urządzeń.
    [many] Dla bezpieczeństwa wylogowaliśmy Cię z { $count } innych urządzeń.
   *[other] Dla bezpieczeństwa wylogowaliśmy Cię z { $count } innego urządzenia.
}

security-log-title = Dziennik bezpieczeństwa
security-log-lead = Logowania i zmiany zabezpieczeń Twojego konta, od najnowszych.
security-log-empty = Jeszcze nic się nie wydarzyło.
security-log-pages = Strony dziennika bezpieczeństwa
security-log-newer = Nowsze wpisy
security-log-older = Starsze wpisy
security-log-source = { $ip } · { $browser }
event-login-succeeded = Zalogowano
event-login-failed = Logowanie odrzucone: błędne hasło
event-code-refused = Błędny kod z aplikacji lub kod zapasowy
event-two-factor-enabled = Włączono uwierzytelnianie dwuskładnikowe
event-two-factor-disabled = Wyłączono uwierzytelnianie dwuskładnikowe
event-backup-code-used = { $count ->
    [0] Zalogowano kodem zapasowym; nie został żaden
    [one] Zalogowano kodem zapasowym; został jeden
    [few] Zalogowano kodem zapasowym; zostały { $count }
    [many] Zalogowano kodem zapasowym; zostało { $count }
   *[other] Zalogowano kodem zapasowym; zostało { $count }
}
event-backup-codes-regenerated = Utworzono nowe kody zapasowe; stare przestały działać
event-locked = { $minutes ->
    [one] Zbyt wiele nieudanych prób: zablokowano na minutę
    [few] Zbyt wiele nieudanych prób: zablokowano na { $minutes } minuty
    [many] Zbyt wiele nieudanych prób: zablokowano na { $minutes } minut
   *[other] Zbyt wiele nieudanych prób: zablokowano na { $minutes } minuty
}
event-password-changed = Zmieniono hasło
event-sessions-signed-out = { $count ->
    [one] Wylogowano z jednego innego urządzenia
    [few] Wylogowano z { $count } innych urządzeń
    [many] Wylogowano z { $count } innych urządzeń
   *[other] Wylogowano z { $count } innego urządzenia
}
event-admin-reset = Administrator usunął uwierzytelnianie dwuskładnikowe; wylogowano wszędzie

## Wiadomości e-mail do właściciela konta (zwykły tekst)

mail-greeting = Dzień dobry,
mail-signature = — Twofold
mail-when = Kiedy: { $time }
mail-from = Skąd: { $ip } ({ $browser })
mail-unknown = nieznany
mail-not-you = Jeśli to nie Ty, od razu się zaloguj, zmień hasło i sprawdź „Gdzie jesteś zalogowany” w ustawieniach. Jeśli nie możesz się zalogować, skontaktuj się z administratorem.
mail-two-factor-enabled-subject = Uwierzytelnianie dwuskładnikowe jest włączone
mail-two-factor-enabled-body = Na Twoim koncie { $email } włączono uwierzytelnianie dwuskładnikowe. Do logowania potrzebny jest teraz kod z aplikacji uwierzytelniającej albo kod zapasowy.
mail-two-factor-enabled-key-body = Na Twoim koncie { $email } włączono uwierzytelnianie dwuskładnikowe. Do logowania potrzebny jest teraz klucz bezpieczeństwa lub klucz dostępu albo kod zapasowy.
mail-two-factor-disabled-subject = Uwierzytelnianie dwuskładnikowe zostało wyłączone
mail-two-factor-disabled-body = Na Twoim koncie { $email } wyłączono uwierzytelnianie dwuskładnikowe. Do logowania wystarczy teraz samo hasło.
mail-backup-code-used-subject = Do logowania użyto kodu zapasowego
mail-backup-code-used-body = { $count ->
    [0] Do zalogowania na Twoje konto { $email } użyto kodu zapasowego. Nie masz już żadnych kodów zapasowych: utwórz nowe w ustawieniach.
    [one] Do zalogowania na Twoje konto { $email } użyto kodu zapasowego. Został Ci tylko jeden kod zapasowy: utwórz nowe w ustawieniach.
    [few] Do zalogowania na Twoje konto { $email } użyto kodu zapasowego. Zostały Ci { $count } kody zapasowe.
    [many] Do zalogowania na Twoje konto { $email } użyto kodu zapasowego. Zostało Ci { $count } kodów zapasowych.
   *[other] Do zalogowania na Twoje konto { $email } użyto kodu zapasowego. Zostało Ci { $count } kodu zapasowego.
}
mail-backup-codes-regenerated-subject = Utworzono nowe kody zapasowe
mail-backup-codes-regenerated-body = Dla Twojego konta { $email } utworzono nowe kody zapasowe. Stare kody już nie działają.
mail-locked-subject = Zbyt wiele nieudanych prób logowania
mail-locked-body = { $minutes ->
    [one] Było zbyt wiele nieudanych prób zalogowania na Twoje konto { $email }, dlatego logowanie wstrzymano na minutę.
    [few] Było zbyt wiele nieudanych prób zalogowania na Twoje konto { $email }, dlatego logowanie wstrzymano na { $minutes } minuty.
    [many] Było zbyt wiele nieudanych prób zalogowania na Twoje konto { $email }, dlatego logowanie wstrzymano na { $minutes } minut.
   *[other] Było zbyt wiele nieudanych prób zalogowania na Twoje konto { $email }, dlatego logowanie wstrzymano na { $minutes } minuty.
}
mail-password-changed-subject = Twoje hasło zostało zmienione
mail-password-changed-body = Hasło do Twojego konta { $email } zostało zmienione, a Ty zostałeś wylogowany z pozostałych urządzeń.
mail-admin-reset-subject = Uwierzytelnianie dwuskładnikowe zostało zresetowane
mail-admin-reset-body = Administrator usunął uwierzytelnianie dwuskładnikowe z Twojego konta { $email } i wylogował Cię ze wszystkich urządzeń. Zaloguj się hasłem i ponownie włącz uwierzytelnianie dwuskładnikowe.

## Limity prób i sygnały ostrzegawcze

error-wait-seconds = { $seconds ->
    [one] Zbyt wiele prób. Poczekaj sekundę i spróbuj ponownie.
    [few] Zbyt wiele prób. Poczekaj { $seconds } sekundy i spróbuj ponownie.
    [many] Zbyt wiele prób. Poczekaj { $seconds } sekund i spróbuj ponownie.
   *[other] Zbyt wiele prób. Poczekaj { $seconds } sekundy i spróbuj ponownie.
}
error-wait-hours = { $hours ->
    [one] Zbyt wiele prób. Spróbuj ponownie za godzinę.
    [few] Zbyt wiele prób. Spróbuj ponownie za { $hours } godziny.
    [many] Zbyt wiele prób. Spróbuj ponownie za { $hours } godzin.
   *[other] Zbyt wiele prób. Spróbuj ponownie za { $hours } godziny.
}
error-authenticator-suspended = Dla tego konta wpisano zbyt wiele błędnych kodów, dlatego kody z aplikacji uwierzytelniającej przestały działać. Wpisz zamiast tego jeden z kodów zapasowych: wtedy kody z aplikacji znów zadziałają. Jeśli nie masz kodów zapasowych, skontaktuj się z administratorem.
event-code-replayed = Kod z aplikacji użyto po raz drugi i go odrzucono
event-second-step-missing = Wpisano prawidłowe hasło, ale logowania nie dokończono drugim składnikiem
event-password-known = Wpisano prawidłowe hasło, a po nim trzy błędne kody
event-authenticator-suspended = Kody z aplikacji wyłączono po 100 błędnych kodach z rzędu; kod zapasowy włącza je ponownie
event-passwords-slowed = Wiele błędnych haseł: logowanie z nowych przeglądarek jest spowolnione
event-admin-unlocked = Administrator zniósł limity prób logowania
security-log-operator = Przez operatora { $operator } (wiersz poleceń)
mail-code-replayed-subject = Kod logowania został użyty dwa razy
mail-code-replayed-body = Dla Twojego konta { $email } wpisano kod z aplikacji uwierzytelniającej, który był już wcześniej użyty, i go odrzucono. Jeśli nie wpisałeś właśnie dwa razy tego samego kodu, ktoś, kto zna Twoje hasło, mógł zobaczyć jeden z Twoich kodów: zmień hasło już teraz.
mail-password-known-subject = Ktoś może znać Twoje hasło
mail-password-known-body = Ktoś wpisał prawidłowe hasło do Twojego konta { $email }, a potem trzy błędne kody. Zatrzymał go drugi składnik. Jeśli to nie Ty, zmień hasło już teraz.
mail-authenticator-suspended-subject = Kody z aplikacji dla Twojego konta zostały wyłączone
mail-authenticator-suspended-body = Po 100 błędnych kodach z rzędu kody z Twojej aplikacji uwierzytelniającej nie pozwalają już zalogować się na konto { $email }. Zaloguj się jednym z kodów zapasowych, aby je ponownie włączyć, a potem zmień hasło.
mail-passwords-slowed-subject = Wiele błędnych haseł do Twojego konta
mail-passwords-slowed-body = Do Twojego konta { $email } wpisano wiele błędnych haseł. Logowanie z przeglądarek, z których nigdy się na nie nie logowano, jest na razie spowolnione; przeglądarek, z których już się logowałeś, to nie dotyczy.

## Klucze bezpieczeństwa i klucze dostępu

event-key-added = Dodano klucz bezpieczeństwa lub klucz dostępu
event-key-removed = Usunięto klucz bezpieczeństwa lub klucz dostępu
mail-key-added-subject = Do Twojego konta dodano klucz bezpieczeństwa
mail-key-added-body = Do Twojego konta { $email } dodano klucz bezpieczeństwa lub klucz dostępu. Można go teraz używać do logowania, a Ty zostałeś wylogowany na pozostałych urządzeniach.
mail-key-removed-subject = Z Twojego konta usunięto klucz bezpieczeństwa
mail-key-removed-body = Z Twojego konta { $email } usunięto klucz bezpieczeństwa lub klucz dostępu, a Ty zostałeś wylogowany na pozostałych urządzeniach.

error-key-refused = Klucz bezpieczeństwa nie został przyjęty. Spróbuj ponownie lub użyj innego sposobu.
error-key-cancelled = Klucz bezpieczeństwa nie odpowiedział: żądanie zostało anulowane lub wygasło. Spróbuj ponownie lub użyj innego sposobu.
error-key-unsupported = Ta przeglądarka nie może tutaj używać kluczy bezpieczeństwa. Użyj innego sposobu lub innej przeglądarki.
error-key-registered = Ten klucz bezpieczeństwa jest już przypisany do konta.
error-key-name = Nadaj kluczowi nazwę o długości od 1 do 64 znaków.
error-no-such-key = Tego klucza bezpieczeństwa nie ma już na Twoim koncie.
event-key-refused = Odrzucono odpowiedź klucza bezpieczeństwa
event-authenticator-added = Dodano aplikację uwierzytelniającą
mail-authenticator-added-subject = Do Twojego konta dodano aplikację uwierzytelniającą
mail-authenticator-added-body = Do Twojego konta { $email } dodano aplikację uwierzytelniającą. Jej kodami można się teraz logować, a na pozostałych urządzeniach zostałeś wylogowany.
settings-key-added-notice = Dodano klucz bezpieczeństwa.
settings-key-removed-notice = Usunięto klucz bezpieczeństwa.
settings-authenticator-added = Dodano aplikację uwierzytelniającą.
settings-authenticator-heading = Aplikacja uwierzytelniająca
settings-authenticator-on = Skonfigurowana: kody z aplikacji uwierzytelniającej są akceptowane.
settings-authenticator-off = Nieskonfigurowana.
settings-authenticator-add = Skonfiguruj aplikację uwierzytelniającą
settings-keys-heading = Klucze bezpieczeństwa i klucze dostępu
settings-keys-none = Nie masz jeszcze klucza bezpieczeństwa ani klucza dostępu.
settings-keys-need-js = Dodawanie i usuwanie klucza bezpieczeństwa wymaga JavaScriptu.
settings-keys-add = Dodaj klucz bezpieczeństwa lub klucz dostępu
settings-key-added = Dodano { $date }
settings-key-last-used = Ostatnio użyty { $date }
settings-key-never-used = Jeszcze nieużywany
settings-key-rename = Zmień nazwę
settings-key-rename-label = Nowa nazwa
settings-key-rename-submit = Zapisz nazwę
settings-key-rename-pending = Zapisywanie…
settings-key-remove = Usuń
remove-key-title = Usunąć ten klucz bezpieczeństwa?
remove-key-lead = Nie będzie już można nim zalogować się na konto. Wpisz hasło i potwierdź jednym ze składników.
remove-key-last = To Twój jedyny składnik: jego usunięcie wyłączy uwierzytelnianie dwuskładnikowe i skasuje kody zapasowe.
remove-key-submit = Usuń klucz
remove-key-pending = Usuwanie…
add-key-title = Dodaj klucz bezpieczeństwa lub klucz dostępu
add-key-password-lead = Wpisz hasło, aby dodać klucz bezpieczeństwa lub klucz dostępu.
add-key-factor-lead = Wpisz hasło i potwierdź jednym ze swoich składników, aby dodać klucz bezpieczeństwa lub klucz dostępu.
add-key-continue = Dalej
add-key-continue-pending = Sprawdzanie…
add-key-touch = Postępuj zgodnie z przeglądarką: dotknij klucza bezpieczeństwa lub potwierdź blokadą ekranu urządzenia.
add-key-retry = Spróbuj ponownie
add-key-name-lead = Nazwij ten klucz, aby odróżnić go od pozostałych.
add-key-name-label = Nazwa
add-key-submit = Dodaj klucz
add-key-pending = Dodawanie…
reauth-key-lead = Możesz też potwierdzić kluczem bezpieczeństwa zamiast kodem:
reauth-use-key = Użyj klucza bezpieczeństwa
reauth-use-key-pending = Czekam na klucz…
verify-lead-key = Użyj klucza bezpieczeństwa albo wpisz kod z aplikacji uwierzytelniającej lub kod zapasowy.
verify-lead-key-only = Użyj klucza bezpieczeństwa albo wpisz jeden ze swoich kodów zapasowych.
verify-use-key = Użyj klucza bezpieczeństwa
verify-use-key-pending = Czekam na klucz…
verify-or-code = Albo wpisz kod
verify-key-needs-js = Klucze bezpieczeństwa wymagają JavaScriptu. Poniżej nadal możesz wpisać kod.
login-or = lub
login-passkey = Zaloguj się kluczem dostępu
login-passkey-pending = Czekam na klucz dostępu…
login-passkey-needs-js = Logowanie kluczem dostępu wymaga JavaScriptu.

## Obowiązkowe uwierzytelnianie dwuskładnikowe

policy-grace = { $days ->
    [one] Za { $days } dzień uwierzytelnianie dwuskładnikowe stanie się obowiązkowe dla Twojego konta.
    [few] Za { $days } dni uwierzytelnianie dwuskładnikowe stanie się obowiązkowe dla Twojego konta.
    [many] Za { $days } dni uwierzytelnianie dwuskładnikowe stanie się obowiązkowe dla Twojego konta.
   *[other] Za { $days } dnia uwierzytelnianie dwuskładnikowe stanie się obowiązkowe dla Twojego konta.
}
policy-grace-action = Skonfiguruj je teraz
policy-set-up-now = Uwierzytelnianie dwuskładnikowe jest obowiązkowe dla Twojego konta. Skonfiguruj je poniżej, aby kontynuować; do tego czasu nic innego nie jest dostępne.
settings-two-factor-required = Obowiązkowe dla Twojego konta, więc nie można go wyłączyć. Aby wymienić klucz bezpieczeństwa, najpierw dodaj nowy, a potem usuń stary.
error-two-factor-required = Uwierzytelnianie dwuskładnikowe jest obowiązkowe dla Twojego konta. Skonfiguruj je lub pozostaw włączone, aby kontynuować.
event-administrator-granted = Nadano uprawnienia administratora
event-administrator-revoked = Odebrano uprawnienia administratora

## Usuwanie aplikacji uwierzytelniającej

settings-authenticator-remove = Usuń aplikację uwierzytelniającą
remove-authenticator-title = Usunąć aplikację uwierzytelniającą?
remove-authenticator-lead = Jej kody nie będą już logować do Twojego konta; klucze bezpieczeństwa i kody zapasowe zostają. Wpisz hasło i potwierdź jednym ze składników.
remove-authenticator-submit = Usuń aplikację
settings-authenticator-removed = Aplikacja uwierzytelniająca została usunięta.
event-authenticator-removed = Usunięto aplikację uwierzytelniającą
mail-authenticator-removed-subject = Z Twojego konta usunięto aplikację uwierzytelniającą
mail-authenticator-removed-body = Z Twojego konta { $email } usunięto aplikację uwierzytelniającą. Jej kody nie pozwalają już się zalogować, a na pozostałych urządzeniach nastąpiło wylogowanie.

## Zaufane przeglądarki

verify-trust = { $days ->
    [one] Nie pytaj o kod w tej przeglądarce przez { $days } dzień
    [few] Nie pytaj o kod w tej przeglądarce przez { $days } dni
    [many] Nie pytaj o kod w tej przeglądarce przez { $days } dni
   *[other] Nie pytaj o kod w tej przeglądarce przez { $days } dnia
}
trusted-heading = Zaufane przeglądarki
trusted-lead = Te przeglądarki logują się na Twoje konto samym hasłem, bez kodu. Zmiana hasła lub składników albo wylogowanie wszędzie kończy to zaufanie.
trusted-since = Zaufana od
trusted-last-used = Ostatnio użyta
trusted-never-used = Jeszcze nieużyta
trusted-until = Zaufana do
trusted-stop = Przestań ufać
event-browser-trusted = Przeglądarka została oznaczona jako zaufana: loguje się bez kodu
event-trusted-browser-used = Zalogowano bez kodu w zaufanej przeglądarce
event-browser-untrusted = Przeglądarka nie jest już zaufana

## Co administratorzy robią na stronie administracyjnej

event-admin-signed-out = Administrator wylogował wszędzie
security-log-administrator = Przez administratora { $email }
event-administered-reset = Usunięto uwierzytelnianie dwuskładnikowe konta { $email }
event-administered-unlock = Zniesiono limity logowania konta { $email }
event-administered-sign-out = Wylogowano konto { $email } wszędzie
event-policy-changed = Zmieniono zasady uwierzytelniania dwuskładnikowego tej witryny
mail-admin-unlocked-subject = Zniesiono limity Twoich prób logowania
mail-admin-unlocked-body = Administrator zniósł limity prób logowania Twojego konta { $email }: hasło i kody są znów sprawdzane od razu.
mail-admin-signed-out-subject = Wylogowano Cię wszędzie
mail-admin-signed-out-body = Administrator wylogował Twoje konto { $email } na wszystkich urządzeniach. Zaloguj się ponownie hasłem i drugim składnikiem.
error-confirmation-required = Najpierw potwierdź hasłem i jednym ze składników.
error-no-such-account = Żadne konto nie ma tego adresu e-mail.
nav-admin = Administracja
## /admin
admin-title = Administracja
admin-confirm-heading = Potwierdź, że to Ty
admin-confirm-lead = Aby działać na kontach lub zmienić zasady, wpisz hasło i potwierdź jednym ze składników. Potwierdzenie ważne jest 10 minut.
admin-confirm-submit = Potwierdź
admin-confirm-pending = Potwierdzanie…
admin-accounts-heading = Konta
admin-search-label = Szukaj kont po adresie e-mail
admin-search-submit = Szukaj
admin-none-found = Żadne konto nie pasuje.
admin-two-factor-off = Wyłączone
admin-two-factor-on = Włączone od { $date }
admin-factor-app = aplikacja uwierzytelniająca
admin-factor-keys = { $count ->
    [one] jeden klucz
    [few] { $count } klucze
    [many] { $count } kluczy
   *[other] { $count } klucza
}
admin-role-administrator = Rola administratora
admin-locked = Zablokowane
admin-col-two-factor = Uwierzytelnianie dwuskładnikowe
admin-col-last-sign-in = Ostatnie logowanie
admin-never = Nigdy
admin-reset = Zresetuj dwuskładnikowe
admin-unlock = Znieś blokady
admin-sign-out = Wyloguj wszędzie
admin-policy-heading = Zasady uwierzytelniania dwuskładnikowego
admin-policy-required-of = Obowiązkowe dla
admin-policy-nobody = Nikogo: decyduje każdy
admin-policy-everyone = Wszystkich
admin-policy-administrators = Tylko administratorów
admin-policy-grace = Okres przejściowy w dniach (0: od razu)
admin-policy-submit = Zapisz zasady
admin-policy-pending = Zapisywanie…
admin-done = Gotowe. Właściciel konta dostał wiadomość e-mail.
admin-policy-saved = Zasady uwierzytelniania dwuskładnikowego zostały zapisane.

error-address-unconfirmed = Najpierw potwierdź swój adres e-mail: otwórz link, który Ci wysłaliśmy.
error-link-expired = Ten link już nie działa: został użyty, zastąpił go nowszy albo wygasł.
field-email-same = To już jest adres Twojego konta.
field-new-email = Nowy adres e-mail
notice-sign-up-sent = Sprawdź skrzynkę odbiorczą: wysłaliśmy wiadomość na podany adres. Otwórz zawarty w niej link i wpisz tam hasło, aby potwierdzić adres i się zalogować.
notice-reset-sent = Jeśli jakieś konto używa tego adresu, wysłaliśmy na nie link do wyboru nowego hasła. Link jest ważny przez godzinę.
notice-confirmation-sent = Wysłaliśmy Ci nowy link potwierdzający. Poprzedni już nie działa.
notice-address-change-sent = Wysłaliśmy link na nowy adres. Twoje konto przejdzie na niego po otwarciu linku; do tego czasu zachowuje obecny adres.
notice-address-confirmed = Twój adres e-mail jest potwierdzony.
notice-address-changed = Twoje konto używa teraz nowego adresu e-mail. Od teraz loguj się za jego pomocą.
notice-password-reset = Nowe hasło zostało ustawione, a wszystkie przeglądarki wylogowane. Zaloguj się nowym hasłem.
event-address-confirmed = Adres e-mail potwierdzony
event-password-reset = Nowe hasło wybrane przez link wysłany e-mailem
event-address-change-asked = Zlecono przejście na { $email }
event-address-changed = Adres e-mail zmieniony
event-trust-copied = Użyto skopiowanego pliku cookie zaufanej przeglądarki: żadna przeglądarka nie jest już zaufana
event-trusted-browser-new-network = Zalogowano w zaufanej przeglądarce, bez kodu, z nowej sieci
mail-trust-copied-subject = Użyto kopii pliku cookie zaufanej przeglądarki
mail-trust-copied-body = Zaufanej przeglądarki Twojego konta Twofold { $email } użyto z plikiem cookie, który został już zastąpiony, więc mógł zostać skopiowany do innej przeglądarki. Żadna przeglądarka konta nie jest już zaufana: każda znów poprosi o kod. Jeśli to nie Ty, zmień hasło.
mail-trusted-browser-new-network-subject = Zaufana przeglądarka zalogowała się z nowej sieci
mail-trusted-browser-new-network-body = Zaufana przeglądarka zalogowała się na Twoje konto Twofold { $email } bez kodu, z innej sieci niż ostatnio.
mail-link-expires-hour = Link działa jeden raz, przez godzinę.
mail-link-expires-day = Link działa jeden raz, przez 24 godziny.
mail-confirm-subject = Potwierdź swój adres e-mail
mail-confirm-body = Na Twój adres { $email } utworzono konto Twofold. Otwórz ten link, aby potwierdzić, że adres należy do Ciebie:
mail-confirm-not-you = Jeśli to nie Ty utworzyłeś to konto, zignoruj tę wiadomość: adres pozostanie niepotwierdzony.
mail-sign-up-taken-subject = Ktoś próbował zarejestrować się z Twoim adresem
mail-sign-up-taken-body = Ktoś próbował utworzyć nowe konto Twofold z Twoim adresem { $email }, do którego już należy konto. Nic nie zostało zmienione. Jeśli to Ty i nie pamiętasz hasła, poproś tutaj o nowe: { $link }
mail-sign-up-taken-not-you = Jeśli to nie Ty, nie musisz nic robić: Twoje konto pozostało bez zmian.
mail-reset-subject = Wybierz nowe hasło
mail-reset-body = Poproszono o nowe hasło do Twojego konta { $email }. Otwórz ten link, aby je wybrać:
mail-reset-not-you = Jeśli to nie Ty prosiłeś, zignoruj tę wiadomość: hasło pozostanie bez zmian. Jeśli Twoje konto ma uwierzytelnianie dwuskładnikowe, sam link nie wystarczy, aby je zmienić.
mail-change-subject = Potwierdź nowy adres e-mail
mail-change-body = Konto Twofold { $old } ma przejść na ten adres, { $email }. Otwórz ten link, aby to potwierdzić:
mail-change-not-you = Jeśli to nie Ty prosiłeś, zignoruj tę wiadomość: nic się nie zmieni.
mail-change-taken-subject = Ktoś próbował użyć Twojego adresu
mail-change-taken-body = Ktoś poprosił o przeniesienie innego konta Twofold na Twój adres { $email }, do którego już należy konto. Nic nie zostało zmienione.
mail-change-notice-subject = Poproszono o zmianę Twojego adresu e-mail
mail-change-notice-body = Osoba zalogowana na Twoim koncie { $old } poprosiła o przeniesienie go na adres { $email }. Adres zmieni się dopiero po otwarciu linku, który tam wysłaliśmy.
mail-password-reset-subject = Twoje hasło zostało zresetowane
mail-password-reset-body = Dla Twojego konta { $email } wybrano nowe hasło za pomocą linku wysłanego na ten adres, a wszystkie przeglądarki zostały wylogowane.
mail-address-changed-subject = Twoje konto ma nowy adres e-mail
mail-address-changed-body = Twoje konto Twofold używa teraz adresu { $email }. Od teraz loguj się za jego pomocą.
login-forgot = Nie pamiętasz hasła?
forgot-title = Nie pamiętasz hasła?
forgot-lead = Wpisz adres e-mail swojego konta. Wyślemy Ci link do wyboru nowego hasła.
forgot-submit = Wyślij link
forgot-pending = Wysyłanie…
forgot-back = Wróć do logowania
reset-title = Wybierz nowe hasło
reset-lead = Wybierz nowe hasło do swojego konta.
reset-lead-two-factor = Wybierz nowe hasło do swojego konta, a następnie potwierdź je drugim składnikiem: kluczem bezpieczeństwa, kodem z aplikacji uwierzytelniającej albo kodem zapasowym.
reset-use-key = Potwierdź kluczem bezpieczeństwa
reset-use-key-pending = Czekam na klucz bezpieczeństwa…
reset-submit = Ustaw nowe hasło
reset-pending = Ustawianie…
reset-ask-again = Poproś o nowy link
confirm-address-title = Potwierdź swój adres e-mail
confirm-address-lead = Potwierdź, że { $email } to Twój adres: wpisz hasło wybrane podczas rejestracji.
confirm-address-change-lead = Przenieś swoje konto na adres { $email }.
confirm-address-submit = Potwierdź adres
confirm-address-change-submit = Przenieś moje konto
confirm-address-pending = Potwierdzanie…
confirm-address-settings = Przejdź do ustawień
settings-address-unconfirmed = Twój adres e-mail { $email } nie jest jeszcze potwierdzony. Otwórz link, który Ci wysłaliśmy; do tego czasu nie można włączyć uwierzytelniania dwuskładnikowego.
settings-address-resend = Wyślij link ponownie
settings-address-resending = Wysyłanie…
settings-address-change = Zmień adres e-mail
settings-address-change-lead = Wyślemy link na nowy adres; Twoje konto przejdzie na niego po otwarciu linku.
settings-address-submit = Wyślij link
settings-address-pending = Wysyłanie…
# Konfiguracja pierwszego składnika konta: kod wysłany e-mailem. $email: adres
mailed-code-label = Kod z e-maila
mailed-code-lead = Wysłaliśmy 8-cyfrowy kod na adres { $email }. Jest ważny przez 15 minut.
error-mailed-code = Kod z e-maila jest nieprawidłowy lub już nieważny. Sprawdź naszą najnowszą wiadomość; po 5 błędnych próbach lub 15 minutach zamknij to okno i zacznij od nowa, aby dostać nowy kod.
# E-mail z tym kodem. $email: adres konta; kod jest w osobnym wierszu
mail-factor-code-subject = Twój kod do konfiguracji uwierzytelniania dwuskładnikowego
mail-factor-code-body = Ktoś konfiguruje uwierzytelnianie dwuskładnikowe dla Twojego konta Twofold { $email }. Aby dokończyć, wpisz ten kod tam, gdzie jest wymagany; jest ważny przez 15 minut:
mail-factor-code-not-you = Jeśli to nie Ty, ktoś zna Twoje hasło: nie podawaj nikomu tego kodu, zaloguj się i od razu zmień hasło.

## Prośby o logowanie z innych aplikacji
authorize-refused-title = Tego logowania nie można kontynuować
authorize-refused-client = Aplikacja, która Cię tu przysłała, nie jest zarejestrowana w tej usłudze, więc nie możesz się do niej tutaj zalogować. Powiadom właściciela aplikacji.
authorize-refused-redirect = Aplikacja, która Cię tu przysłała, chciała odesłać Cię na adres, którego nie zarejestrowała, więc nie zostaniesz tam odesłany. Powiadom właściciela aplikacji.
authorize-refused-expired = Ta prośba o logowanie wygasła lub została rozpoczęta w innej przeglądarce. Wróć do aplikacji i zaloguj się ponownie.
consent-title = Zezwól na dostęp
consent-heading = { $application } prosi o dostęp do Twojego konta
consent-lead = Jeśli się zgodzisz, { $application } będzie mogła:
consent-scope-openid = Rozpoznawać Cię podczas logowania
consent-scope-email = Widzieć Twój adres e-mail
consent-scope-profile = Widzieć Twoją nazwę użytkownika (Twój adres e-mail)
consent-scope-groups = Widzieć Twoje grupy (na przykład, czy jesteś administratorem)
consent-scope-offline-access = Pozostać połączona z Twoim kontem, gdy Cię nie ma
consent-allow = Zezwól
consent-deny = Anuluj
authorize-refused-logout = Aplikacja poprosiła o wylogowanie Cię, ale jej prośba jest nieprawidłowa, więc nic nie zostało zrobione.
sign-out-title = Wylogować?
sign-out-lead = Aplikacja prosi o wylogowanie Cię z tej usługi. Wyloguj się tylko wtedy, gdy właśnie sam wybrałeś wylogowanie.
sign-out-confirm = Wyloguj
sign-out-stay = Pozostań zalogowany
settings-applications-heading = Połączone aplikacje
settings-applications-lead = Te aplikacje logują Cię za pomocą tego konta. Odłączenie aplikacji natychmiast kończy jej dostęp; przy następnym logowaniu zapyta ponownie.
settings-application-first-used = Pierwsze logowanie
settings-application-last-used = Ostatnie użycie
settings-application-disconnect = Odłącz
settings-application-disconnect-label = Odłącz { $application }
event-application-connected = Pierwsze logowanie do { $application }
event-application-disconnected = Odłączono { $application }
mail-application-connected-subject = Zalogowano się do { $application } za pomocą Twojego konta
mail-application-connected-body = Twoje konto { $email } zostało po raz pierwszy użyte do zalogowania się do { $application }. Aplikacja widzi teraz dane, które jej udostępniasz.
set-up-for-application = { $application } wymaga uwierzytelniania dwuskładnikowego. Włącz je poniżej; potem możesz wrócić do { $application }.
set-up-for-application-done = Uwierzytelnianie dwuskładnikowe jest włączone. Możesz teraz wrócić do { $application }.
set-up-for-application-continue = Przejdź do { $application }
key-step-up-title = Potwierdź kluczem bezpieczeństwa
key-step-up-lead = { $application } prosi o potwierdzenie tego logowania kluczem bezpieczeństwa lub kluczem dostępu.
key-step-up-button = Użyj klucza bezpieczeństwa lub klucza dostępu
key-step-up-pending = Czekam na Twój klucz…
key-step-up-needs-js = Ten krok wymaga JavaScriptu: to przeglądarka pyta klucz.

## Administrator page: applications (OpenID Connect clients)
admin-apps-heading = Aplikacje
admin-apps-lead = Aplikacje, które logują swoich użytkowników przez tę witrynę za pomocą OpenID Connect. Każda ma identyfikator klienta; poufna ma też sekret, pokazywany tylko raz.
admin-apps-none = Nie zarejestrowano jeszcze żadnej aplikacji.
admin-app-client-id = Identyfikator klienta
admin-app-secret = Sekret klienta
admin-app-secret-heading = Nowy sekret klienta dla { $application }
admin-app-secret-once = Skopiuj go teraz do ustawień aplikacji: jest pokazywany tylko ten jeden raz, a przechowywany jest wyłącznie jego skrót.
admin-app-public = Publiczna
admin-app-confidential = Poufna
admin-app-requires = Wymaga
admin-app-require-signed-in = Zalogowania
admin-app-require-two-factor = Uwierzytelniania dwuskładnikowego
admin-app-require-key = Klucza bezpieczeństwa lub klucza dostępu
admin-app-consent = Zgoda
admin-app-consent-asked = Pytane jest każde konto
admin-app-consent-not-asked = Nie jest pytana (aplikacja własna)
admin-app-signing = Tokeny ID podpisywane algorytmem
admin-app-redirect-uris = Adresy przekierowania
admin-app-post-logout-uris = Adresy po wylogowaniu
admin-app-created = Zarejestrowano
admin-app-rotate = Nowy sekret…
admin-app-rotate-warning = Obecny sekret { $application } natychmiast przestaje działać: aplikacja nikogo nie zaloguje, dopóki nie dostanie nowego.
admin-app-rotate-submit = Utwórz nowy sekret
admin-app-remove = Usuń…
admin-app-remove-warning = { $application } nie będzie już mogła nikogo logować: jej kody, tokeny i zgody wszystkich kont wygasną.
admin-app-remove-submit = Usuń { $application }
admin-app-add-heading = Zarejestruj aplikację
admin-app-name = Nazwa
admin-app-uris-hint = Jeden adres w wierszu, dokładnie taki, jaki wysyła aplikacja: https:// albo http:// tylko na localhost.
admin-app-public-label = Klient publiczny: działa w przeglądarce lub na urządzeniu, nie przechowuje sekretu i musi używać PKCE
admin-app-consent-label = Pytaj każde konto przed udostępnieniem jego danych
admin-app-add-submit = Zarejestruj
admin-app-add-pending = Rejestrowanie…
error-no-such-application = Ta aplikacja nie jest już zarejestrowana.
error-application-invalid = Nie można zarejestrować aplikacji: podaj nazwę o długości do 64 znaków oraz od 1 do 10 adresów każdego rodzaju, każdy jako bezwzględny adres https:// (http:// tylko na localhost) bez #fragmentu.
event-application-added = Zarejestrowano aplikację { $application }
event-application-secret-rotated = Nadano aplikacji { $application } nowy sekret klienta
event-application-removed = Usunięto aplikację { $application }
