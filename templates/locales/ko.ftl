# Handover: 한국어 카탈로그 (기준: en.ftl).
#
# 모든 카탈로그는 영어와 똑같은 메시지 id를 가집니다(테스트로 확인).
# 변수: $count는 언어에 맞게 이미 서식이 적용된 숫자이고, $n은 복수형 선택자에
# 쓰이는 같은 숫자입니다. { $title } 같은 자리표시자는 그대로 두고, 따옴표로
# 인용한 버튼 이름은 해당 버튼 메시지와 똑같이 유지합니다.
# 한국어의 CLDR 복수형 범주는 other 하나뿐입니다.

## 모든 페이지

site-name = Handover
skip-to-content = 본문으로 건너뛰기
footer-privacy = 개인정보 보호
footer-your-data = 내 데이터
language-menu = 언어
title-separator = ·

## 홈

home-heading = 청원
home-empty = 아직 청원이 없습니다. 주최자는 { $command } 명령으로 청원을 추가할 수 있습니다.
home-to = 수신: { $recipient }

## 청원 페이지

petition-to = { $recipient }에 보내는 청원
petition-signatures = 서명
# 굵게 표시된 숫자 뒤에 붙습니다: "12,345 건의 확인된 서명".
petition-count-label =
    { $n ->
       *[other] 건의 확인된 서명
    }
petition-goal = / 목표 { $count }건
petition-organized-by = 주최: { $organizer }
petition-not-open = 이 청원은 아직 서명을 받지 않습니다. 서명이 시작되면 다시 방문해 주십시오.
petition-closed = 이 청원은 마감되어 더 이상 서명을 받지 않습니다. 서명해 주신 모든 분께 감사드립니다.
points-heading = 전달 장소별 확인된 서명
# 집계 목록의 전달 장소 한 곳: "X 대사관, 서울: 1,234".
point-count = { $name }, { $city }: { $count }

## 서명 양식

sign-heading = 청원에 서명하기
errors-heading =
    { $n ->
       *[other] 다음 { $count }개 항목을 확인해 주십시오
    }
error-prefix = 오류:
field-name = 이름
field-email = 이메일 주소
field-email-hint = 서명 확인용 링크를 이메일로 보내 드립니다. 이메일 주소는 누구에게도 공개되거나 전달되지 않습니다.
field-country = 거주 국가
choose = 선택…
countries-with-points = 전달 장소가 있는 국가
countries-all = 모든 국가
field-city = 거주 도시
field-point = 서명을 전달할 장소
field-point-hint = 각 대사관이나 영사관에서 현지 단체가 서명을 직접 전달합니다.
field-packet = 전달되는 명단에 이름을 표시하는 방식
field-packet-hint = 이 명단은 { $recipient } 관계자에게 전달됩니다. 이름을 밝히는 것이 본인이나 가족에게 위험할 수 있다면 이니셜 또는 ‘익명’을 선택하십시오. 어느 쪽을 선택해도 서명은 똑같이 집계됩니다.
packet-full = 이름 전체 (도시, 국가, 서명 날짜, 의견 함께 기재)
packet-initials = 이니셜 (도시, 국가, 서명 날짜, 의견 함께 기재)
packet-anonymous = ‘익명’ (국가와 서명 날짜만 기재, 도시와 의견은 빠짐)
field-comment = 명단에 함께 실을 의견
field-comment-hint = 선택 사항이며, 최대 500자입니다.
honeypot = 이 칸은 비워 두십시오
field-consent = 위에서 선택한 방식대로 집계되고 전달되도록 내 서명이 저장되는 것에 동의합니다. 내 이메일 주소는 절대 공개되거나 전달되지 않습니다.
consent-privacy-link = 개인정보를 보호하는 방법
sign-button = 서명하기

## 서명 양식 입력값에 대한 메시지

error-name-missing = 이름을 입력해 주십시오.
error-name-too-long = 이름은 최대 200자까지 입력할 수 있습니다.
error-city-missing = 도시를 입력해 주십시오.
error-city-too-long = 도시 이름은 최대 100자까지 입력할 수 있습니다.
error-comment-too-long = 의견은 최대 500자까지 입력할 수 있습니다.
error-control-chars = 보이지 않는 제어 문자를 삭제해 주십시오.
error-email-missing = 이메일 주소를 입력해 주십시오.
error-email-too-long = 이메일 주소는 최대 254자까지 입력할 수 있습니다.
error-email-malformed = 이메일 주소 형식이 아닌 것 같습니다(예: name@example.org).
error-country = 목록에서 국가를 선택해 주십시오.
error-packet = 이름 표시 방식을 선택해 주십시오.
error-point = 서명을 전달할 장소를 선택해 주십시오.
error-slug-length = 1자에서 64자 사이여야 합니다.
error-slug-chars = 영문 소문자(a–z), 숫자, 하이픈(-)만 사용할 수 있으며, 하이픈은 연속으로 쓰거나 맨 앞이나 맨 뒤에 둘 수 없습니다.
error-role = 역할은 admin(관리자), coordinator(코디네이터), local(현지 주최자) 중 하나여야 합니다.
error-password-short = 비밀번호는 { $min_fmt }자 이상이어야 합니다. 짧은 문장을 쓰면 좋습니다.
error-password-long = 비밀번호는 최대 { $max_fmt }자까지 입력할 수 있습니다.
error-consent = 동의란에 체크해 주십시오. 동의하지 않으면 서명을 보관할 수 없습니다.
error-form-expired = 양식의 유효 시간이 지났습니다. 입력하신 내용은 그대로 있으니 ‘서명하기’를 다시 눌러 주십시오.
error-disposable-domain = 이 이메일 서비스의 주소로는 서명할 수 없습니다. 일회용 주소를 발급하는 서비스이기 때문입니다. 계속 사용하는 주소를 이용해 주십시오.
error-blocked-network = 사용 중인 네트워크에서 악용이 있어 이 네트워크에서의 서명이 차단되었습니다. 다른 인터넷 연결로 다시 시도해 주십시오. 입력하신 내용은 그대로 있습니다.
error-rate-limited =
    { $n ->
       *[other] 지금 사용 중인 네트워크에서 많은 사람이 서명하고 있습니다. 입력하신 내용은 그대로 있으니 { $count }분 후에 ‘서명하기’를 다시 눌러 주십시오.
    }

## 서명한 뒤

thanks-title = 이메일을 확인해 주십시오
thanks-lead = 이메일을 보내 드렸습니다. 이메일 안의 링크를 열고 ‘내 서명 확인하기’를 눌러 주십시오. 그때부터 서명이 집계됩니다.
thanks-more = 이메일이 도착하기까지 몇 분 걸릴 수 있습니다. 보이지 않으면 스팸함을 확인해 주십시오. 전에 이 주소로 서명하셨다면 이메일에서 그 사실을 알려 드립니다. 누구도 두 번 집계되지 않습니다.
back-to = “{ $title }” 페이지로 돌아가기

## 서명 확인

verify-title = 서명 확인
verify-button = 내 서명 확인하기
verify-only-button = 버튼을 눌러야만 서명이 확인됩니다. 서명하지 않으셨다면 이 페이지를 닫으십시오. 아무것도 집계되지 않습니다.
verify-form-expired = 페이지의 유효 시간이 지나 아직 아무것도 확인되지 않았습니다. 버튼을 다시 눌러 주십시오.
verified-title = 감사합니다. 서명이 집계됩니다
verified-message = 서명이 확인되어 이제 집계됩니다. 선택하신 전달 장소에서 다른 서명과 함께 전달됩니다.
already-title = 이미 확인됨
already-message = 서명이 이미 확인되었습니다. 서명은 한 번만 집계되며, 더 하실 일은 없습니다.
count-so-far =
    { $n ->
       *[other] 지금까지 확인된 서명은 { $count }건입니다.
    }
verify-not-open = 이 청원은 현재 서명을 받지 않으므로 서명을 확인할 수 없었습니다.
verify-withdrawn-title = 철회된 서명입니다
verify-withdrawn-message = 이 서명은 철회하셨기 때문에 집계되지 않습니다. 다시 서명하려면 청원 페이지의 양식을 이용해 주십시오.
sign-again = 다시 서명하기
verify-invalidated-title = 집계되지 않는 서명입니다
verify-invalidated-message = 청원 주최자가 이 서명을 제외했습니다. 보통 이와 비슷한 서명이 다수 가짜로 보였기 때문입니다. 이 서명은 집계되지 않으며 전달되지도 않습니다. 잘못된 조치라고 생각되시면 주최자에게 문의해 주십시오.
link-expired-title = 만료된 링크입니다
link-expired-message = 이 확인 링크는 더 이상 유효하지 않습니다. 같은 이메일 주소로 다시 서명하시면 새 링크를 보내 드립니다. 두 번 집계되지 않습니다.
get-new-link = 새 링크 받기
link-unknown-title = 유효하지 않은 링크입니다
link-unknown-message = 알 수 없는 확인 링크입니다. 이메일의 링크 전체를 복사했는지 확인하시거나, 청원 페이지에서 다시 서명하여 새 링크를 받으십시오.
find-petition = 청원 찾기

## 서명 철회

withdraw-title = 서명 철회
withdraw-explain = 서명은 즉시 집계에서 제외되며, 이후 전달되는 어떤 명단에도 포함되지 않습니다.
withdraw-button = 내 서명 철회하기
withdrawn-title = 서명이 철회되었습니다
withdrawn-message = 서명은 더 이상 집계되지 않으며 전달되지 않습니다. 마음이 바뀌면 다시 서명하실 수 있습니다.
withdraw-form-expired = 페이지의 유효 시간이 지나 아무것도 변경되지 않았습니다. 링크를 다시 열어 주십시오.
already-withdrawn-title = 이미 철회됨
already-withdrawn-message = 이 서명은 이미 철회되었으며 집계되지 않습니다.
withdraw-link-unknown = 알 수 없는 철회 링크이거나 만료된 링크입니다. 이메일의 링크 전체를 복사했는지 확인해 주십시오.

## 개인정보 보호

privacy-title = 개인정보 보호
privacy-lead = 서명하시는 분이나 그 가족 중에는 서명 사실이 알려지면 위험해질 수 있는 분들이 있습니다. 그래서 저희는 가능한 한 적은 정보만 보관하고, 공개하는 정보는 그보다 더 적습니다.
privacy-store-heading = 저희가 보관하는 정보
privacy-store-fields = 이름, 이메일 주소, 국가, 도시, 선택하신 전달 장소, 이름 표시 방식, 의견. 입력하신 내용은 데이터베이스와 따로 보관되는 키로 암호화되어 저장되므로, 데이터베이스 사본이 도난당해도 아무것도 읽을 수 없습니다.
privacy-store-times = 서명한 시각과 확인한 시각.
privacy-store-links = 이메일로 보내 드린 링크는 되돌릴 수 없는 단방향 지문값(해시)으로만 보관하며, 링크 자체는 절대 보관하지 않습니다.
privacy-store-ip = IP 주소를 비밀 키로 변환한 되돌릴 수 없는 단방향 지문값(해시). 한 주소에서 대량으로 들어온 서명을 찾아내 제거하기 위한 것이며, IP 주소 자체는 절대 보관하지 않습니다.
privacy-who-heading = 누가 볼 수 있는지
privacy-who-public = 일반에 공개되는 것은 집계 숫자뿐이며, 이름은 절대 공개되지 않습니다. 3 미만의 숫자는 ‘<3’으로 표시되어, 한 국가나 한 전달 장소의 서명 한 건을 가려낼 수 없습니다.
privacy-who-packet = 전달 장소에서 전달되는 명단에는 선택하신 방식의 이름(이름 전체, 이니셜 또는 ‘익명’), 국가와 날짜, 그리고 ‘익명’을 선택하지 않은 경우 도시와 의견이 담깁니다. 이메일 주소는 절대 담기지 않습니다.
privacy-who-organizers = 청원 주최자는 자신이 맡은 전달 장소의 서명을 볼 수 있습니다.
privacy-who-nobody = 누구도, 설령 귀하의 이메일 주소를 아는 사람이라도, 이 사이트를 통해 귀하가 서명했는지 알아낼 수 없습니다. 모든 제출에 똑같은 응답이 표시되며, 답장은 귀하의 메일함으로만 갑니다.
privacy-change-heading = 마음이 바뀌었을 때
privacy-change-withdraw = 서명 확인을 요청하는 이메일에는 서명을 철회하는 링크도 들어 있으며, 확인 전이든 후든 사용할 수 있습니다. 철회된 서명은 즉시 집계에서 제외되고 그 이후 전달되는 모든 명단에서 빠지며, 이름, 이메일 주소, 도시, 의견은 즉시 삭제됩니다.
privacy-change-data = 또한 내 이메일 주소에 대해 저장된 모든 정보를 확인하고 삭제할 수 있습니다. 링크를 그 주소로 보내 드리므로 주소의 주인만 볼 수 있습니다.
privacy-change-data-link = 내 데이터 확인 또는 삭제
privacy-long-heading = 보관 기간
privacy-long = 확인되지 않은 서명은 확인 링크가 만료되면 삭제됩니다(주최자가 따로 정하지 않으면 7일 후). 이메일 주소는 서명 확인과 회신에만 사용되며, 누구에게도 공개되거나 전달되지 않습니다. 청원이 마감된 뒤 보관 기간(주최자가 따로 정하지 않으면 90일)이 지나면 서명자의 이메일 주소와 IP 지문값이 삭제됩니다. 전달된 명단과 집계 숫자는 남습니다.

## 서명자의 데이터

my-data-title = 내 데이터
my-data-request-heading = 내 데이터 확인 또는 삭제
my-data-request-explain = 서명할 때 사용한 이메일 주소를 입력해 주십시오. 그 주소로 이 사이트의 청원에 서명한 적이 있다면, 저장된 모든 정보를 보여 주고 삭제할 수 있게 하는 링크를 그 주소로 보내 드립니다. 모든 분의 안전을 위해 이 페이지는 항상 같은 응답을 표시합니다. 그 주소로 서명했는지는 해당 메일함에서만 알 수 있습니다.
my-data-email = 이메일 주소
my-data-send = 링크 보내기
my-data-privacy-link = 무엇을 저장하고, 누가 보며, 얼마나 보관하는지
my-data-form-expired = 양식의 유효 시간이 지났습니다. ‘링크 보내기’를 다시 눌러 주십시오.
my-data-rate-limited = 지금 사용 중인 네트워크에서 요청이 너무 많습니다. 몇 분 후에 다시 시도해 주십시오.
my-data-sent-title = 이메일을 확인해 주십시오
my-data-sent-message = 이 주소로 이 사이트의 청원에 서명한 적이 있다면, 저장된 정보를 확인하고 삭제할 수 있는 링크를 그 주소로 보내 드렸습니다. 링크는 일정 시간 동안만 유효합니다. 이메일이 오지 않으면 스팸함이나 입력하신 주소를 확인해 주십시오.
my-data-intro = 이메일 주소 { $email }에 대해 저장된 정보는 아래가 전부입니다. IP 주소 자체는 절대 저장되지 않으며, 비밀 키로 변환한 지문값만 저장되어 가짜 서명의 대량 유입을 막는 데 쓰입니다.
my-data-state = 상태
my-data-name = 이름
my-data-packet = 전달 명단의 이름 표시
my-data-country = 국가
my-data-city = 도시
my-data-point = 전달 장소
my-data-comment = 의견
my-data-signed = 서명 시각
my-data-confirmed = 확인 시각
my-data-ip = IP 지문값
my-data-receipt = 영수증
my-data-receipt-link = 영수증 내려받기(문서가 고정된 후)
my-data-receipt-warning = 보관된 영수증은 귀하가 서명했다는 것을 보여 줍니다.
my-data-none = 없음
my-data-stored = 저장됨
my-data-not-confirmed = 확인되지 않음
my-data-delete-heading = 모두 삭제
my-data-delete-explain = 삭제하면 위의 모든 정보가 영구히 지워집니다. 서명은 즉시 집계에서 제외되며, 이후 전달되는 모든 명단에서 빠집니다. 이미 전달된 명단은 되돌릴 수 없습니다.
my-data-delete-button = 내 데이터 모두 삭제하기
my-data-deleted-title = 데이터가 삭제되었습니다
my-data-deleted-message = 이 사이트에 저장된, 귀하의 이메일 주소에 관한 모든 정보가 삭제되었습니다. 서명은 더 이상 집계되지 않으며 전달되지 않습니다. 언제든지 다시 서명하실 수 있습니다.
my-data-link-unknown-title = 유효하지 않은 링크입니다
my-data-link-unknown-message = 알 수 없는 링크이거나, 만료되었거나, 링크로 보던 데이터가 삭제되었습니다. ‘내 데이터’ 페이지에서 새 링크를 요청할 수 있습니다.
my-data-new-link = 새 링크 요청하기
my-data-delete-form-expired = 페이지의 유효 시간이 지나 아무것도 삭제되지 않았습니다. 링크를 다시 열어 주십시오.
state-pending = 이메일 확인 대기 중
state-verified = 확인됨: 집계됩니다
state-withdrawn = 본인이 철회함: 집계되지 않습니다
state-invalidated = 주최자가 제외함: 집계되지 않습니다
packet-as-full = 이름 전체
packet-as-initials = 이니셜
packet-as-anonymous = ‘익명’

## 오류

error-page-home = 홈페이지로 가기
error-not-found-title = 페이지를 찾을 수 없습니다
error-not-found = 이 주소에는 페이지가 없습니다. 링크를 확인하시거나 홈페이지에서 다시 시작해 주십시오.
error-bad-request-title = 요청을 이해할 수 없습니다
error-forbidden-title = 허용되지 않습니다
error-conflict-title = 지금은 할 수 없습니다
error-internal-title = 문제가 발생했습니다
error-internal = 저희 쪽에서 문제가 발생했습니다. 귀하께서 잘못하신 것이 아닙니다. 1분 후에 다시 시도해 주십시오.
error-unavailable-title = 사이트를 잠시 이용할 수 없습니다
error-unavailable = Handover가 지금 데이터베이스에 연결할 수 없습니다. 보내신 내용은 저장되지 않았습니다. 뒤로 돌아가 1분 후에 다시 보내 주세요.
error-form-too-large-title = 양식이 너무 큽니다
error-form-too-large = 보내신 양식이 실제 서명보다 훨씬 큽니다. 돌아가서 내용을 줄여 주십시오.
error-form-timeout-title = 양식이 너무 늦게 도착했습니다
error-form-timeout = 연결이 양식을 너무 느리게 보내 아무것도 저장되지 않았습니다. 뒤로 돌아가 다시 보내 주세요.
error-form-unreadable-title = 양식을 이해할 수 없습니다
error-form-unreadable = 보내신 양식을 읽을 수 없습니다. 돌아가서 다시 제출해 주십시오.

## 주최자 페이지

org-form-expired = 양식의 유효 시간이 지났습니다. 돌아가서 페이지를 새로 고친 후 다시 시도해 주십시오.
org-only-admins-create = 관리자만 청원을 만들 수 있습니다.
org-only-admins-audit = 관리자만 감사 로그를 볼 수 있습니다.
org-only-admins-people = 관리자만 주최자를 관리할 수 있습니다.
org-point-has-signatures = 이 전달 장소에는 서명이 있어 삭제할 수 없습니다.
org-invite-link-unknown = 이 링크는 만료되었거나 이미 사용되었습니다. 관리자에게 새 초대를 요청하십시오.
org-log-in = 로그인
org-erased-cannot-reopen = 이 청원은 보관 기간이 끝나 서명자 이메일 주소가 삭제되었으므로 다시 열 수 없습니다. 대신 새 청원을 만드십시오.
org-bar-label = 주최자
org-dashboard = 대시보드
org-log-out = 로그아웃
org-role-admin = 관리자
org-role-coordinator = 코디네이터
org-role-local = 현지 주최자
org-your-petitions = 내 청원
org-no-petition = 아직 배정된 청원이 없습니다.
org-mail-paused = 메일 발송이 일시 중지되었습니다: 메일 서버가 { $since }부터 모든 메시지를 거부하고 있습니다(응답 { $code }). Handover는 몇 분마다 다시 시도하며, 메일은 사라지지 않고 어떤 서명자도 포기하지 않습니다. 메일 제공업체에서 보내는 주소와 SPF 설정을 확인하세요.
org-new-petition = 새 청원
org-organizers = 주최자
org-audit-log = 감사 로그
org-when-utc = 시각(UTC)
org-who = 사용자
org-what = 작업
org-detail = 세부 정보
org-login-title = 주최자 로그인
org-password = 비밀번호
org-login-expired = 양식의 유효 시간이 지났습니다. 다시 로그인해 주십시오.
org-login-refused = 이 이메일 주소와 비밀번호에 맞는 계정이 없습니다.
org-login-throttled =
    { $n ->
       *[other] 로그인 실패 횟수가 너무 많습니다. { $n_fmt }분 후에 다시 시도해 주십시오.
    }
org-setup-title = 첫 관리자 만들기
org-set-password-title = 비밀번호 설정
org-account = 계정: { $name } ({ $email })
org-new-password = 새 비밀번호
org-password-hint = 12자 이상이어야 합니다. 짧은 문장을 쓰면 좋습니다.
org-password-again = 비밀번호 다시 입력
org-save-and-log-in = 저장하고 로그인
org-passwords-differ = 두 비밀번호가 서로 다릅니다.
org-role = 역할
org-change-role = 역할 및 범위 변경
org-invited = 초대됨
org-petition-slug = 청원(슬러그)
org-points-slugs = 전달 장소(슬러그, 현지 주최자용)
org-change = 변경
org-invite-heading = 주최자 초대
org-invite-petition = 청원(슬러그, 코디네이터와 현지 주최자용)
org-invite-points = 전달 장소(쉼표로 구분한 슬러그, 현지 주최자용)
org-send-invitation = 초대 보내기
org-invite-sent = { $email } 주소로 초대를 보냈습니다. 이 일회용 링크를 직접 전달할 수도 있습니다: { $link }
org-refused-no-petition = “{ $slug }” 청원이 없습니다.
org-refused-needs-petition = { $role }에게는 청원이 지정되어야 합니다.
org-refused-needs-point = 현지 주최자에게는 전달 장소가 하나 이상 지정되어야 합니다.
org-refused-no-point = “{ $petition }” 청원에는 “{ $slug }” 전달 장소가 없습니다.
org-refused-name = 1~200자의 이름을 입력해 주십시오.
org-refused-exists = 이 이메일 주소를 쓰는 주최자가 이미 있습니다.
org-refused-no-organizer = 해당 주최자가 없습니다.
org-refused-last-admin = 마지막 관리자는 강등할 수 없습니다. 먼저 다른 사람을 관리자로 지정하십시오.
org-verified = 확인됨
org-pending = 확인 대기 중
org-withdrawn = 서명자가 철회함
org-invalidated = 무효 처리됨
org-edit-link = 청원 및 전달 장소 편집
org-by-point = 전달 장소별
org-point = 전달 장소
org-col-verified = 확인됨
org-col-pending = 대기 중
org-col-withdrawn = 철회됨
org-col-invalidated = 무효 처리됨
org-packet = 전달 명단
org-download-zip = ZIP 다운로드
org-by-country = 서명자 국가별
org-none-verified = 아직 확인된 서명이 없습니다.
org-per-day = 일별 확인된 서명
org-sources = 서명자 유입 경로
org-sources-none-yet = 아직 서명이 없습니다.
org-col-source = 유입 경로 (?src=)
org-col-signed = 서명
org-col-confirmed = 확인됨
org-source-none = (경로 없음)
org-activity-title = 최근 1시간: 이상 징후
org-activity-summary = 최근 60분(UTC) 동안 제출된 서명은 { $total_fmt }건이며, 가장 많았던 1분 동안은 { $peak_fmt }건입니다. ‘미확인’은 아직 이메일로 확인되지 않은 서명입니다. 한 출처에서 미확인 서명이 많으면 지어낸 주소인 경우가 많습니다.
org-activity-privacy = 개별 서명자의 직장이나 가정 네트워크가 드러나지 않도록, 도메인과 네트워크는 서명이 { $min }건 이상일 때만 표시됩니다. 네트워크(IPv4는 /24, IPv6는 /48)는 코드로 표시되며, 주소는 저장되지 않습니다.
org-activity-domains = 서명이 가장 많은 이메일 도메인
org-activity-networks = 서명이 가장 많은 네트워크
org-activity-none = 서명이 { $min }건 이상인 항목이 없습니다.
org-activity-per-minute = 분당 서명 수
org-domain = 도메인
org-network = 네트워크
org-unconfirmed = 미확인
org-review = 무효 처리 검토
org-minute-utc = 분(UTC)
org-share-of-peak = 최다 1분 대비 비율
org-inv-title = 서명 무효 처리
org-inv-explain = 무효 처리된 서명은 집계와 전달 명단에서 빠집니다. 모든 무효 처리는 사유와 함께 기록되며 취소할 수 있습니다.
org-inv-matches =
    { $n ->
       *[other] 일치하는 서명은 { $count }건입니다. 사유를 입력하고 ‘무효 처리’를 눌러 제외하십시오.
    }
org-inv-domain = 이메일 도메인
org-inv-email = 이메일 주소 하나
org-inv-ip = IP 주소 또는 네트워크
org-inv-ip-hint = 주소 하나(203.0.113.7) 또는 네트워크: 203.0.113.0/24, IPv6는 2001:db8:1::/48.
org-inv-network = 네트워크 #{ $code } (활동 페이지에 표시된 그대로)
org-inv-clear = 지우기
org-inv-from = 이 시각 이후 서명(UTC)
org-inv-to = 이 시각 이전 서명(UTC)
org-inv-any = 전체
org-inv-reason = 사유(무효 처리 시 필수)
org-inv-count = 일치 건수 세기
org-inv-apply = 무효 처리
org-inv-past = 지난 무효 처리
org-inv-which = 대상
org-inv-reason-col = 사유
org-inv-undo = 취소
org-inv-undone = { $time }에 취소됨
org-inv-error-ip = IP 주소는 203.0.113.7 형식으로, 네트워크는 203.0.113.0/24(IPv4) 또는 2001:db8:1::/48(IPv6) 형식으로 입력하십시오.
org-inv-error-link = 네트워크 링크가 손상되었습니다. 활동 페이지에서 다시 열어 주십시오.
org-inv-error-domain = 이메일 도메인은 example.org 형식으로 입력하십시오.
org-inv-error-point = 목록에서 전달 장소를 선택하십시오.
org-inv-error-no-criterion = 기준을 하나 이상 지정하십시오. 청원 전체를 무효 처리할 수는 없습니다.
org-inv-error-reason = 사유를 입력하십시오(최대 500자). 사유는 기록에 남습니다.
org-inv-error-preview-limit = 지난 1시간 동안 허용된 최대 횟수인 { $count }번의 미리보기를 실행했습니다. 모든 미리보기는 감사 기록에 남습니다. 나중에 다시 시도하십시오.
org-edit-title = “{ $title }” 편집
org-state = 이 청원의 상태: { $state }. 공개 페이지:
org-state-open = 서명 접수 중
org-state-closed = 마감됨
org-state-not-open = 아직 시작되지 않음
org-state-new = 신규
org-counts-and-packets = 집계 및 전달 명단
org-open-now = 지금 시작하기
org-close-now = 지금 마감하기
org-web-address = 웹 주소
org-web-address-hint = 영문 소문자, 숫자, 하이픈: /p/주소
org-field-title = 제목
org-field-recipient = 수신자
org-field-body = 본문
org-field-body-hint = 문단은 빈 줄로 구분하십시오.
org-field-organizer = 주최 단체(선택 사항)
org-field-goal = 목표(서명 수)
org-field-opens = 시작 시각(UTC, 선택 사항)
org-field-closes = 마감 시각(UTC, 선택 사항)
org-field-retention = 서명자 이메일 주소 보관 기간(마감 후 일수)
org-field-retention-hint = 이 기간이 지나면 이메일 주소와 IP 지문값이 삭제됩니다. 이름, 집계, 전달 명단은 남습니다.
org-field-lang = 위 제목, 수신자, 본문의 언어
org-translations = 번역
org-translations-hint = 이 언어 중 하나를 읽는 서명자에게는 해당 언어의 글이 표시되고, 그 밖의 서명자에게는 위의 글이 표시됩니다. 한 언어의 세 칸을 모두 채우거나 모두 비워 두십시오.
org-save = 저장
org-create-petition = 청원 만들기
org-points-heading = 전달 장소
org-country-code = 국가 코드
org-address = 주소
org-delivery-at = 전달 일시(UTC, 선택 사항)
org-save-point = 전달 장소 저장
org-remove-point = 삭제(아무도 선택하지 않은 경우에만)
org-add-point = 전달 장소 추가
org-short-name = 짧은 이름
org-short-name-hint = 전달 명단 파일 이름에 쓰입니다. 예: osaka-consulate
org-error-empty = 이 칸을 채워 주십시오.
org-error-too-long = 최대 { $max_fmt }자까지 입력할 수 있습니다.
org-error-lang = 목록에서 언어를 선택하십시오.
org-error-tr-own-lang = 이것은 청원 자체의 언어입니다. 이 언어의 글은 위의 기본 입력란에 넣어야 합니다. 그곳으로 옮기거나 청원에 다른 언어를 선택하십시오.
org-error-goal = 목표는 1에서 1000000000 사이의 정수여야 합니다.
org-error-retention = 주소 보관 기간은 마감 후 1일에서 3650일 사이여야 합니다.
org-error-closes-before-opens = 마감 시각은 시작 시각보다 뒤여야 합니다.
org-error-time = 날짜와 시각을 2026-12-05T14:00(UTC) 형식으로 입력하십시오.
org-error-slug-taken = 이 주소는 이미 다른 청원이 사용하고 있습니다.
org-error-point-slug-taken = 이 청원에는 같은 짧은 이름의 전달 장소가 이미 있습니다.

## 메일: 서명 확인

mail-hello = { $name } 님, 안녕하세요.
mail-hello-anonymous = 안녕하세요.
mail-verify-subject = 서명을 확인해 주십시오: { $title }
mail-reminder-subject = 알림: 서명을 확인해 주십시오: { $title }
mail-reminder-lead = “{ $title }”에 서명하셨지만 아직 확인하지 않으셔서 서명이 집계되지 않았습니다. 알림은 이번 한 번뿐입니다.
mail-verify-thanks = “{ $title }” 청원에 서명해 주셔서 감사합니다.
mail-verify-counts-only = 서명은 확인을 마쳐야 집계됩니다. 다음 링크를 열고 ‘내 서명 확인하기’를 눌러 주십시오:
mail-verify-button = 내 서명 확인하기
mail-link-until = 이 링크는 { $time }까지 유효합니다.
mail-verify-not-you = 이 청원에 서명하지 않으셨다면 이 이메일을 무시하십시오. 아무것도 집계되지 않으며 누구에게도 알려지지 않습니다.
mail-verify-withdraw = 지금이든 나중이든 마음이 바뀌셨나요? 다음 링크로 서명을 철회할 수 있으며, 확인 전이든 후든 사용할 수 있습니다:
mail-verify-withdraw-link = 서명 철회하기
mail-petition = 청원: { $link }
mail-petition-link = 청원 보기

## 메일: 이미 서명함

mail-already-subject = 이미 서명하셨습니다: { $title }
mail-already-again = 방금 누군가(아마 본인)가 이 이메일 주소로 “{ $title }” 청원을 다시 제출했습니다.
mail-already-counts = 이미 서명하고 확인까지 마치셨으므로 서명이 집계되고 있습니다. 더 하실 일은 없습니다.

## 메일: 서명자의 데이터

mail-data-subject = { $site }에 저장된 내 데이터
mail-data-asked =
    { $n ->
       *[other] 누군가(아마 본인)가 { $site }에서 이 이메일 주소에 대해 저장된 정보를 요청했습니다. 이 주소로 그곳에서 서명한 청원은 { $count }건입니다.
    }
mail-data-see = 다음 링크에서 확인하시고, 원하시면 삭제하실 수 있습니다:
mail-data-button = 내 데이터 확인 및 삭제
mail-data-only-you = 이 링크는 이 주소로만 보내졌으므로 본인만 열 수 있습니다. 요청하지 않으셨다면 이 메일을 무시하셔도 됩니다. 아무것도 바뀌지 않습니다.

## 메일: 주최자 초대

mail-invite-subject = Handover 주최자로 초대되었습니다
mail-invite-given = Handover의 주최자 계정({ $role })이 발급되었습니다.
mail-invite-set = 다음 일회용 링크로 비밀번호를 설정하십시오(72시간 동안 유효):
mail-invite-button = 비밀번호 설정하기
mail-invite-ignore = 예상하지 못한 메일이라면 이 이메일을 무시하십시오.

## 전달하는 날: 서명 양식과 청원 페이지

field-notify-delivery = 내 서명이 전달되면 알려 주십시오
field-notify-delivery-hint = 전달 장소에서 전달을 마친 뒤 이메일을 한 통만 보내 드립니다. 메일을 더 받는 것이 위험할 수 있다면 체크를 해제하십시오.
error-point-closed = 이 전달 장소의 전달 명단은 이미 인쇄되어 더 이상 서명을 받지 않습니다. 다른 전달 장소를 선택해 주십시오.
point-delivered-on = { $date }에 전달됨
point-status-open = 서명 접수 중
point-status-printed = 전달 명단 인쇄됨
point-status-delivered = 전달됨
point-status-refused = 현장에서 접수 거부됨
point-status-postponed = 연기됨
delivery-progress = 전달 장소 { $points }곳 중 { $delivered }곳에서 전달 완료
delivery-page-link = 전달하는 날: 청원을 언제 어디에서 전달하는지

## 전달하는 날: 공개 페이지

delivery-title = 전달하는 날
delivery-lead = 청원을 언제 어디에서 전달하는지, 그리고 각 대사관과 영사관에서 어떤 일이 있었는지 알려 드립니다. 시각은 각 장소의 현지 시각입니다.
delivery-when = 전달 일시
delivery-status = 상태
delivery-count = 서명 수
delivery-digest = 전달 명단 해시값
delivery-versions = 인쇄된 전달 명단 버전
delivery-version = 버전 { $n }
delivery-photo-alt = { $point }에서 전달하는 모습
delivery-delivered-at = { $when }에 전달되었습니다.
delivery-delivered-to = { $when }에 { $who }에게 전달되었습니다.
delivery-refused-at = { $when }에 현장에서 접수가 거부되었습니다.
delivery-postponed-to = 전달이 연기되었습니다. 새 일시: { $when }.

## 전달 후 철회

withdrawn-after-delivery = 서명이 철회되었으며, 이 사이트에서 귀하의 데이터가 삭제되었습니다. 다만 서명이 담긴 종이 명단은 이미 전달되었으므로, 그 명단은 되돌릴 수 없습니다.

## 전달 관련 메일 중지

unsubscribe-title = 이 청원에 관한 메일 받지 않기
unsubscribe-explain = 이 청원에 관한 메일(소식과 전달 알림)을 더 이상 받지 않습니다. 서명은 계속 집계됩니다.
unsubscribe-button = 이 메일 중지하기
unsubscribed-title = 완료되었습니다
unsubscribed-message = 이 청원에 관한 메일(소식과 전달 알림)을 더 이상 받지 않습니다. 서명은 계속 집계됩니다.
unsubscribe-link-unknown = 알 수 없는 링크이거나 만료된 링크입니다.

## 메일: 전달

mail-delivered-subject = 서명이 전달되었습니다: { $title }
mail-refused-subject = 전달이 거부되었습니다: { $title }
mail-postponed-subject = 전달이 연기되었습니다: { $title }
mail-delivered-headline = { $when }, { $city }의 { $point }에서 귀하의 서명을 포함해 모두 { $count }건의 서명을 전달했습니다.
mail-refused-headline = { $when }, { $city }의 { $point }에서 청원 접수가 현장에서 거부되었습니다.
mail-postponed-headline = { $city }의 { $point }에서의 전달이 연기되었습니다. 새 일시: { $when }.
mail-delivered-page = 전달 장소별 당일 상황: { $link }
mail-delivered-page-link = 전달 장소별 당일 상황
mail-delivered-why = 서명이 전달되면 알려 달라고 요청하셨기 때문에 이 이메일을 한 번만 보내 드립니다. 이런 메일을 그만 받으려면:
mail-delivered-stop = 이 메일 중지하기
mail-delivered-receipt = 영수증은 작은 파일과 문서에 인쇄된 루트만으로 귀하의 서명이 전달된 명단에 있었음을 증명합니다. 다른 사람의 이름은 담겨 있지 않습니다. 안전한 경우에만 보관하십시오. 보관된 영수증은 귀하가 서명했다는 것을 보여 줍니다.
mail-delivered-receipt-link = 영수증 내려받기

## 주최자 페이지: 전달하는 날

error-time-zone = 알 수 없는 시간대입니다. Asia/Seoul이나 America/Toronto 같은 이름을 사용하십시오.
org-time-zone = 시간대
org-time-zone-hint = Asia/Seoul이나 America/Toronto 같은 이름입니다. 시간대가 하나뿐인 국가라면 비워 두십시오. 아래 시각은 이 시간대 기준입니다.
org-cutoff-at = 전달 명단 마감
org-cutoff-at-hint = 이 전달 장소의 서명 접수를 멈추고 전달 명단을 고정하는 시각입니다. 비워 두면 전달 12시간 전으로 정해집니다.
org-error-time-zone-needed = 이 국가에는 시간대가 여러 개 있습니다. 전달 장소의 시간대를 입력하십시오.
org-error-cutoff-after-delivery = 마감 시각은 전달 일시보다 늦을 수 없습니다.
org-delivery-day-link = 전달하는 날
delivery-day-title = 전달하는 날
delivery-public-page = 공개 전달 페이지
delivery-cutoff = 마감
delivery-frozen = 고정된 명단
delivery-recorded = 기록
delivery-needs-reprint = 다시 인쇄 필요
delivery-overdue = 기록 없음
delivery-countdown = { $hours }시간 { $minutes }분
delivery-countdown-days = { $days }일 { $hours }시간
delivery-cutoff-in = { $left } 남음
delivery-cutoff-passed = 지남
delivery-version-count = 버전 { $n }: { $count }건
delivery-recorded-by = { $who }, { $when }
delivery-packet = 전달 명단
delivery-reprint-explain = 이 버전에 인쇄된 서명 중 { $n }건이 그 뒤 철회되거나 무효 처리되었습니다. 다시 고정하고 새 버전을 인쇄하십시오.
delivery-not-frozen = 아직 고정되지 않았습니다. 다운로드하면 현재 상태의 서명이 담깁니다.
delivery-version-col = 버전
delivery-frozen-at = 고정 시각
delivery-freeze-explain = 고정하면 전달 명단이 현재 상태 그대로 인쇄됩니다. 이 전달 장소의 서명 접수가 멈추고, 이후의 모든 다운로드는 정확히 이 버전이 됩니다.
delivery-freeze-again-explain = 다시 고정하면 현재 서명으로 새 버전이 만들어집니다. 모든 버전이 기록에 남습니다.
delivery-freeze-now = 지금 전달 명단 고정하기
delivery-freeze-again = 다시 고정하기
delivery-record-heading = 전달 기록
delivery-outcome = 결과
delivery-happened-at = 일시
delivery-local-time-hint = 현지 시각({ $zone }).
delivery-received-by = 받은 사람(선택 사항)
delivery-note = 메모
delivery-postponed-to-field = 연기된 일시
delivery-announce = 접수 거부나 연기를 서명자에게 알리기
delivery-announce-hint = 알림을 요청한 서명자에게는 서명이 전달되면 항상 한 번 알립니다.
delivery-save-record = 기록 저장
delivery-error-outcome = 결과를 선택하십시오.
delivery-error-too-long = 너무 깁니다.
delivery-error-when = 전달 날짜와 시각을 입력하십시오.
delivery-error-postponed-to = 연기된 날짜와 시각을 입력하십시오.
delivery-error-not-frozen = 먼저 전달 명단을 고정하십시오. 인쇄하기 전에는 전달할 수 없습니다.
delivery-error-already-delivered = 이미 전달된 명단이므로 다시 고정할 수 없습니다.
delivery-photos = 사진
delivery-photo-risk = 사진에 찍힌 사람은 사진이 공개되면 위험해질 수 있습니다. 동의한 사람만 나오게 하십시오. 모든 사진은 저장하기 전에 위치 정보와 카메라 정보를 제거합니다.
delivery-photo-field = 사진 추가(JPEG, PNG, WebP, 최대 15MB)
delivery-photo-add = 사진 추가하기
delivery-photo-remove = 이 사진 삭제하기
delivery-photo-limit = 전달 장소 한 곳에는 사진을 최대 5장까지 올릴 수 있습니다. 먼저 한 장을 삭제하십시오.
delivery-photo-missing = 올릴 사진을 선택하십시오.
delivery-photo-too-large = 파일이 15MB보다 큽니다.
delivery-photo-heic = HEIC 사진이라 읽을 수 없습니다. 휴대전화의 카메라 설정에서 ‘높은 호환성’(JPEG)을 선택하거나, 사진을 JPEG로 공유하십시오.
delivery-photo-not-image = JPEG, PNG, WebP 이미지가 아닙니다.
delivery-photo-too-many-pixels = 이미지가 너무 큽니다({ $width } × { $height } 픽셀).
delivery-photo-corrupt = 이미지가 손상되어 읽을 수 없습니다.

## 메일: 전달 명단 다시 인쇄

mail-reprint-subject = 전달 명단을 다시 인쇄해야 합니다: { $point }
mail-reprint-body = { $point }의 전달 명단(버전 { $version })을 고정한 뒤, 이 버전에 인쇄된 서명 중 { $n }건이 철회되거나 무효 처리되었습니다. 전달하기 전에 명단을 다시 고정하고 새 버전을 인쇄하십시오.
mail-reprint-link = 전달 장소 열기

## 전달 명단: 서명 목록(PDF 및 HTML)

# 전달하는 명단의 열 제목.
packet-col-number = 번호
packet-col-name = 이름
packet-col-city = 도시
packet-col-country = 국가
packet-col-signed-on = 서명 날짜
packet-col-comment = 의견
packet-col-receipt = 영수증
# 25줄마다 표시됩니다. $count는 서식이 적용된 숫자입니다: "누계: 1,225건".
packet-running-total = 누계: { $count }건
# 명단의 마지막 줄.
packet-total =
    { $n ->
       *[other] 합계: 확인된 서명 { $count }건
    }
# 각 페이지의 바닥글. $page와 $pages는 숫자입니다.
packet-page = { $pages }쪽 중 { $page }쪽
# 각 페이지의 머리글: 수신자, 그다음 전달 장소.
packet-to = 수신: { $recipient }
packet-at = 전달 장소: { $point }
# 고정된 전달 명단의 버전과 고정 시각: "버전 2, 2026년 12월 5일 02:00 KST (UTC+09:00)에 고정".
packet-version = 버전 { $version }, { $time }에 고정
# 한 번도 고정하기 전에 내려받은 전달 명단.
packet-preview = 미리 보기: 고정되지 않음, 인쇄용이 아님
packet-part = { $parts }부 중 { $part }부, { $first }–{ $last }행
packet-digest = 해시값
packet-root = Merkle 루트

## 전달 명단: 전달 서한

letter-title = 전달 서한
letter-to = 수신
# 전달 장소와 일시: "서울, 2026년 12월 5일 14:00 KST (UTC+09:00)".
letter-place-date = { $place }, { $date }
letter-verified = 확인된 서명
# 숫자와 글로 쓴 수: "1,234(천이백삼십사)".
letter-count-words = { $count }({ $words })
letter-collected = 수집 기간
letter-period = { $first }부터 { $last }까지
letter-none = 이 전달 장소로 모인 확인된 서명은 없습니다.
letter-organized-by = 주최
letter-local-group = 현지 단체
letter-contact = 연락처
letter-version = 전달 명단 버전
letter-digest = 전달 명단 해시값(SHA-256)
letter-proof = 포함 증명
letter-proof-text = 서명 { $size }건에 대한 Merkle 루트(RFC 9162, SHA-256). 각 서명자는 영수증을 가지고 있으며, 이 루트만으로 자신의 줄이 이 명단에 있음을 증명할 수 있습니다. 이 루트는 전달 명단을 고정할 때 다음 주소에 공개되었습니다: { $url }
letter-confirmed = 각 서명은 이메일로 보낸 개인 링크를 통해 서명자 본인이 확인한 것입니다. 첨부된 명단에는 각 이름이 서명자가 선택한 방식대로 표시되어 있습니다.
# 전달 장소가 있는 국가의 언어로 쓴 청원 본문 위의 제목.
letter-translation = { $language } 청원문

## 주최자 페이지: 전달 서한의 연락처 항목

org-field-contact = 관계자용 연락처
org-field-contact-hint = 이메일 주소, 전화번호 또는 웹사이트입니다. 모든 전달 명단의 전달 서한에 인쇄됩니다. 선택 사항입니다.
org-local-group = 현지 단체
org-local-group-hint = 이 전달 명단을 전달하는 단체입니다. 전달 서한에 인쇄됩니다. 선택 사항입니다.
org-field-embed-origins = 카운터를 보여 줄 수 있는 사이트
org-field-embed-origins-hint = 이 청원의 카운터(/p/…/embed)를 프레임 안에 보여 줄 수 있는 사이트의 오리진(https://campaign.example 등)을 한 줄에 하나씩 적으십시오. 비워 두면 어떤 사이트도 허용하지 않습니다.
org-error-embed-origin = “{ $origin }”은(는) https://campaign.example 같은 사이트 오리진이 아닙니다(경로나 와일드카드는 쓸 수 없습니다).
org-point-translations = 다른 언어의 이름과 도시
org-point-translations-hint = 그 언어를 읽는 사람에게 모든 페이지, 메일, JSON에서 보입니다. 비워 두면 위의 이름이 보입니다.
embed-sign = 이 청원에 서명하기
embed-new-tab = (새 탭에서 열림)

## Countries (generated by countries.py from CLDR: do not translate by hand)

country-AD = 안도라
country-AE = 아랍에미리트
country-AF = 아프가니스탄
country-AG = 앤티가 바부다
country-AI = 앵귈라
country-AL = 알바니아
country-AM = 아르메니아
country-AO = 앙골라
country-AQ = 남극 대륙
country-AR = 아르헨티나
country-AS = 아메리칸 사모아
country-AT = 오스트리아
country-AU = 오스트레일리아
country-AW = 아루바
country-AX = 올란드 제도
country-AZ = 아제르바이잔
country-BA = 보스니아 헤르체고비나
country-BB = 바베이도스
country-BD = 방글라데시
country-BE = 벨기에
country-BF = 부르키나파소
country-BG = 불가리아
country-BH = 바레인
country-BI = 부룬디
country-BJ = 베냉
country-BL = 생바르텔레미
country-BM = 버뮤다
country-BN = 브루나이
country-BO = 볼리비아
country-BQ = 네덜란드령 카리브
country-BR = 브라질
country-BS = 바하마
country-BT = 부탄
country-BV = 부베섬
country-BW = 보츠와나
country-BY = 벨라루스
country-BZ = 벨리즈
country-CA = 캐나다
country-CC = 코코스 제도
country-CD = 콩고-킨샤사
country-CF = 중앙 아프리카 공화국
country-CG = 콩고-브라자빌
country-CH = 스위스
country-CI = 코트디부아르
country-CK = 쿡 제도
country-CL = 칠레
country-CM = 카메룬
country-CN = 중국
country-CO = 콜롬비아
country-CR = 코스타리카
country-CU = 쿠바
country-CV = 카보베르데
country-CW = 퀴라소
country-CX = 크리스마스섬
country-CY = 키프로스
country-CZ = 체코
country-DE = 독일
country-DJ = 지부티
country-DK = 덴마크
country-DM = 도미니카
country-DO = 도미니카 공화국
country-DZ = 알제리
country-EC = 에콰도르
country-EE = 에스토니아
country-EG = 이집트
country-EH = 서사하라
country-ER = 에리트리아
country-ES = 스페인
country-ET = 에티오피아
country-FI = 핀란드
country-FJ = 피지
country-FK = 포클랜드 제도
country-FM = 미크로네시아
country-FO = 페로 제도
country-FR = 프랑스
country-GA = 가봉
country-GB = 영국
country-GD = 그레나다
country-GE = 조지아
country-GF = 프랑스령 기아나
country-GG = 건지
country-GH = 가나
country-GI = 지브롤터
country-GL = 그린란드
country-GM = 감비아
country-GN = 기니
country-GP = 과들루프
country-GQ = 적도 기니
country-GR = 그리스
country-GS = 사우스조지아 사우스샌드위치 제도
country-GT = 과테말라
country-GU = 괌
country-GW = 기니비사우
country-GY = 가이아나
country-HK = 홍콩(중국 특별행정구)
country-HM = 허드 맥도널드 제도
country-HN = 온두라스
country-HR = 크로아티아
country-HT = 아이티
country-HU = 헝가리
country-ID = 인도네시아
country-IE = 아일랜드
country-IL = 이스라엘
country-IM = 맨섬
country-IN = 인도
country-IO = 영국령 인도양 지역
country-IQ = 이라크
country-IR = 이란
country-IS = 아이슬란드
country-IT = 이탈리아
country-JE = 저지
country-JM = 자메이카
country-JO = 요르단
country-JP = 일본
country-KE = 케냐
country-KG = 키르기스스탄
country-KH = 캄보디아
country-KI = 키리바시
country-KM = 코모로
country-KN = 세인트키츠 네비스
country-KP = 북한
country-KR = 대한민국
country-KW = 쿠웨이트
country-KY = 케이맨 제도
country-KZ = 카자흐스탄
country-LA = 라오스
country-LB = 레바논
country-LC = 세인트루시아
country-LI = 리히텐슈타인
country-LK = 스리랑카
country-LR = 라이베리아
country-LS = 레소토
country-LT = 리투아니아
country-LU = 룩셈부르크
country-LV = 라트비아
country-LY = 리비아
country-MA = 모로코
country-MC = 모나코
country-MD = 몰도바
country-ME = 몬테네그로
country-MF = 생마르탱
country-MG = 마다가스카르
country-MH = 마셜 제도
country-MK = 북마케도니아
country-ML = 말리
country-MM = 미얀마
country-MN = 몽골
country-MO = 마카오(중국 특별행정구)
country-MP = 북마리아나제도
country-MQ = 마르티니크
country-MR = 모리타니
country-MS = 몬트세라트
country-MT = 몰타
country-MU = 모리셔스
country-MV = 몰디브
country-MW = 말라위
country-MX = 멕시코
country-MY = 말레이시아
country-MZ = 모잠비크
country-NA = 나미비아
country-NC = 뉴칼레도니아
country-NE = 니제르
country-NF = 노퍽섬
country-NG = 나이지리아
country-NI = 니카라과
country-NL = 네덜란드
country-NO = 노르웨이
country-NP = 네팔
country-NR = 나우루
country-NU = 니우에
country-NZ = 뉴질랜드
country-OM = 오만
country-PA = 파나마
country-PE = 페루
country-PF = 프랑스령 폴리네시아
country-PG = 파푸아뉴기니
country-PH = 필리핀
country-PK = 파키스탄
country-PL = 폴란드
country-PM = 생피에르 미클롱
country-PN = 핏케언 제도
country-PR = 푸에르토리코
country-PS = 팔레스타인 지구
country-PT = 포르투갈
country-PW = 팔라우
country-PY = 파라과이
country-QA = 카타르
country-RE = 레위니옹
country-RO = 루마니아
country-RS = 세르비아
country-RU = 러시아
country-RW = 르완다
country-SA = 사우디아라비아
country-SB = 솔로몬 제도
country-SC = 세이셸
country-SD = 수단
country-SE = 스웨덴
country-SG = 싱가포르
country-SH = 세인트헬레나
country-SI = 슬로베니아
country-SJ = 스발바르제도-얀마웬섬
country-SK = 슬로바키아
country-SL = 시에라리온
country-SM = 산마리노
country-SN = 세네갈
country-SO = 소말리아
country-SR = 수리남
country-SS = 남수단
country-ST = 상투메 프린시페
country-SV = 엘살바도르
country-SX = 신트마르턴
country-SY = 시리아
country-SZ = 에스와티니
country-TC = 터크스 케이커스 제도
country-TD = 차드
country-TF = 프랑스령 남방 지역
country-TG = 토고
country-TH = 태국
country-TJ = 타지키스탄
country-TK = 토켈라우
country-TL = 동티모르
country-TM = 투르크메니스탄
country-TN = 튀니지
country-TO = 통가
country-TR = 튀르키예
country-TT = 트리니다드 토바고
country-TV = 투발루
country-TW = 대만
country-TZ = 탄자니아
country-UA = 우크라이나
country-UG = 우간다
country-UM = 미국령 해외 제도
country-US = 미국
country-UY = 우루과이
country-UZ = 우즈베키스탄
country-VA = 바티칸 시국
country-VC = 세인트빈센트그레나딘
country-VE = 베네수엘라
country-VG = 영국령 버진아일랜드
country-VI = 미국령 버진아일랜드
country-VN = 베트남
country-VU = 바누아투
country-WF = 왈리스-푸투나 제도
country-WS = 사모아
country-YE = 예멘
country-YT = 마요트
country-ZA = 남아프리카
country-ZM = 잠비아
country-ZW = 짐바브웨
share-heading = 널리 알려 주세요
share-lead = 청원은 관심 있는 사람들이 알릴 때 커집니다. 친구들에게 공유해 주세요:
share-text = 「{ $title }」에 서명했습니다. 함께 서명해 주시겠어요?
share-native = 공유…
share-copy = 링크 복사
share-copied = 링크를 복사했습니다
share-private = 이 링크는 선택한 서비스를 열 뿐이며, 이 페이지는 어떤 서비스에서도 아무것도 불러오지 않습니다.

# The rally poster (src/delivery/poster.rs)
poster-scan = 스캔하여 청원에 서명하기
poster-or-open = 또는 여기를 여십시오:
poster-title = 집회 포스터
poster-link = 이 전달 장소의 집회 포스터(인쇄용)
poster-download = 포스터 내려받기(PDF, A4)
poster-no-rally = 이 장소에는 전달 시각이 없어 포스터 링크에 집회 토큰이 붙지 않습니다. 그곳의 서명자에게는 주소별 일반 한도가 적용됩니다.
poster-qr-label = QR 코드: 이 장소가 선택된 청원 서명 양식을 엽니다

# Updates to signers (src/updates)
field-keep-informed = 이 청원의 소식 받기
field-keep-informed-hint = 주최 측이 진행 상황을 알려 드릴 수 있습니다. 사흘에 한 통까지, 관리자가 승인한 것만 보내며, 수신을 멈추는 링크가 함께 있습니다.
mail-update-why = “{ $title }”에 서명하고 소식을 받겠다고 하셔서 이 메일을 보내 드립니다.
mail-update-stop = 이 청원에 관한 메일을 더 받지 않으려면:
mail-update-stop-link = 이 메일 받지 않기
update-too-soon = 소식은 청원마다 72시간에 한 번입니다. 다음 소식은 { $when }부터 보낼 수 있습니다.
update-another-waiting = 다른 소식이 관리자의 승인을 기다리고 있습니다. 먼저 승인하거나 버리십시오.
update-needs-another-admin = 직접 쓴 소식은 다른 관리자가 승인해야 합니다.
update-not-admin = 소식은 관리자만 승인할 수 있습니다.
update-decided = 이 소식은 이미 보냈거나 버렸습니다.
update-state-awaiting = 관리자 승인 대기
update-state-discarded = 버림
update-state-sent = { $when }에 서명자 { $count }명에게 보냄
updates-title = 서명자에게 보내는 소식
updates-lead = 소식을 받겠다고 한 확인된 서명자에게 씁니다. 보내기 전에 관리자가 승인합니다(관리자가 한 명이면 그 관리자가 확정합니다). 72시간에 한 번까지입니다.
updates-none = 아직 소식이 없습니다.
updates-written = { $when } 작성
updates-approve = 승인하고 보내기
updates-discard = 버리기
updates-write = 소식 쓰기
updates-write-hint = 청원의 언어로 제목과 본문을 쓰십시오. 다른 언어는 선택 사항입니다(어느 것도 읽지 않는 서명자에게는 청원의 언어로 갑니다).
updates-optional = 선택
updates-subject = 제목
updates-body = 본문
updates-send-for-approval = 승인 요청
