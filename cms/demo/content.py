"""Nội dung mẫu (demo) cho một tỉnh và các cổng thành phần của xã, phường.

Toàn bộ chuyên mục, bài viết và phóng sự ảnh trong tệp này là nội dung NGUYÊN TÁC,
được viết riêng cho mục đích trình diễn, về một địa phương HƯ CẤU: tỉnh Bình Lâm
(các xã Tân Lập, Phú Thịnh, Đồng Tâm, Thượng Lâm, Hợp Tiến, Minh Khai, Suối Ngang,
Yên Hòa... và phường Hòa Sơn), theo mô hình chính quyền hai cấp từ 1/7/2025: tỉnh
và xã, phường (không còn cấp huyện). Tên người, số liệu, sự kiện đều là giả định;
mọi sự trùng hợp với địa danh, cá nhân hay tổ chức có thật là ngẫu nhiên. Không
câu chữ nào được sao chép từ website có thật.

Cấu trúc dữ liệu (chỉ gồm các literal Python thuần):

- SECTIONS: cây chuyên mục của cổng tỉnh; mỗi nút có slug, title, intro và
  children (và "collects_commune_news" cho chuyên mục "Tin cơ sở").
- ARTICLES: 40 bài viết của cổng tỉnh. "body" là danh sách khối theo thứ tự đọc:
  ("paragraph", text), ("image", chú thích ảnh không có tiền tố "Ảnh:"),
  ("quote", lời trích, "Người nói, chức vụ"). "days_ago" và "hour" cho biết
  bài được xuất bản cách đây bao nhiêu ngày và vào giờ nào (giờ địa phương).
- PHOTO_STORIES: 3 phóng sự ảnh thuộc chuyên mục "tin-anh"; "photos" là danh
  sách chú thích cho từng ảnh.
- COMMUNES: ba cổng thành phần (tên miền, tên, đơn vị, chuyên mục, bài viết);
  "proposal" của một bài: "accepted" (tỉnh đã nhận vào "Tin cơ sở"), "pending"
  (chờ tỉnh quyết định) hoặc "declined" (tỉnh không nhận, kèm "reason").
"""

SECTIONS = [
    {
        "slug": "tin-tuc",
        "title": "Tin tức",
        "intro": (
            "Thông tin thời sự nổi bật về hoạt động chính trị, kinh tế – xã hội của "
            "tỉnh Bình Lâm, được cập nhật hằng ngày."
        ),
        "children": [
            {
                "slug": "chinh-quyen",
                "title": "Chính quyền",
                "intro": (
                    "Hoạt động của cấp ủy, Hội đồng nhân dân, Ủy ban nhân dân tỉnh, "
                    "các đoàn thể và các xã, phường trên địa bàn tỉnh Bình Lâm."
                ),
                "children": [],
            },
            {
                "slug": "so-nganh",
                "title": "Sở, ngành",
                "intro": (
                    "Kế hoạch, kết quả công tác của các sở, ban, ngành tỉnh Bình Lâm "
                    "liên quan trực tiếp đến đời sống, sản xuất của người dân."
                ),
                "children": [],
            },
        ],
    },
    {
        "slug": "tin-co-so",
        "title": "Tin cơ sở",
        "intro": (
            "Tin do cổng thông tin của các xã, phường gửi lên và được tỉnh chọn "
            "đăng; mỗi tin dẫn về trang gốc trên cổng của xã, phường."
        ),
        "collects_commune_news": True,
        "children": [],
    },
    {
        "slug": "su-kien",
        "title": "Sự kiện",
        "intro": (
            "Lễ hội, hội thi, ngày hội và các sự kiện chính trị, văn hóa lớn diễn ra "
            "trên địa bàn tỉnh."
        ),
        "children": [],
    },
    {
        "slug": "kinh-te",
        "title": "Kinh tế",
        "intro": (
            "Nông nghiệp, sản phẩm OCOP, đầu tư công, doanh nghiệp, hợp tác xã và "
            "chuyển đổi số trong sản xuất, kinh doanh."
        ),
        "children": [],
    },
    {
        "slug": "van-hoa-xa-hoi",
        "title": "Văn hóa – Xã hội",
        "intro": (
            "Giáo dục, y tế, văn hóa, thể thao, an sinh xã hội và những câu ctỉnh đời "
            "thường ở các thôn, bản, khu phố."
        ),
        "children": [],
    },
    {
        "slug": "quoc-phong-an-ninh",
        "title": "Quốc phòng – An ninh",
        "intro": (
            "Công tác quân sự địa phương, bảo đảm an ninh trật tự, phòng cháy chữa "
            "cháy và an toàn giao thông."
        ),
        "children": [],
    },
    {
        "slug": "tin-anh",
        "title": "Tin ảnh",
        "intro": (
            "Phóng sự ảnh ghi lại khoảnh khắc lao động, lễ hội và đời sống thường ngày "
            "của người dân Bình Lâm."
        ),
        "children": [],
    },
]

ARTICLES = [
    {
        "section": "tin-tuc",
        "title": (
            "Bình Lâm sơ kết Đề án 06, đẩy mạnh chuyển đổi số trong quản lý dân cư"
        ),
        "lead": (
            "Ngày 14/10, Ban Chỉ đạo Đề án 06 tỉnh Bình Lâm tổ chức hội nghị sơ kết, "
            "đánh giá kết quả ứng dụng dữ liệu dân cư, định danh và xác thực điện tử "
            "phục vụ chuyển đổi số trên địa bàn."
        ),
        "body": [
            (
                "paragraph",
                (
                    "Theo báo cáo, đến nay toàn tỉnh đã thu nhận hơn 41.500 hồ sơ "
                    "định danh điện tử, đạt 93% số công dân thuộc diện cấp. Trong đó, "
                    "trên 32.000 tài khoản đã được kích hoạt và sử dụng để nộp hồ sơ "
                    "trực tuyến, tra cứu thông tin bảo hiểm, thuế và đăng ký cư trú. "
                    "Phường Bình Lâm và xã Tân Lập là hai địa phương dẫn đầu với tỷ "
                    "lệ kích hoạt trên 85%."
                ),
            ),
            (
                "image",
                "Quang cảnh hội nghị sơ kết Đề án 06 tại hội trường UBND tỉnh Bình Lâm",
            ),
            (
                "paragraph",
                (
                    "Công an tỉnh đã phối hợp với các xã thành lập 18 tổ công tác lưu "
                    "động, đến tận thôn, bản để hỗ trợ người cao tuổi, người khuyết "
                    "tật cài đặt ứng dụng. Việc làm sạch dữ liệu hộ tịch, đất đai và "
                    "an sinh xã hội cũng được triển khai đồng bộ, giúp giảm đáng kể "
                    "giấy tờ công dân phải xuất trình khi giải quyết thủ tục."
                ),
            ),
            (
                "paragraph",
                (
                    "Bên cạnh kết quả đạt được, hội nghị cũng chỉ ra một số hạn chế "
                    "như hạ tầng mạng ở các thôn vùng cao xã Thượng Lâm, Suối Ngang "
                    "còn chập chờn; một bộ phận người dân chưa quen thao tác trên điện "
                    "thoại thông minh. Một số cơ quan chưa khai thác hiệu quả dữ liệu "
                    "đã được kết nối."
                ),
            ),
            (
                "quote",
                (
                    "Mỗi cán bộ, đảng viên phải là một “đại sứ số”, trước hết sử dụng "
                    "thành thạo dịch vụ công trực tuyến rồi hướng dẫn cho gia đình và "
                    "bà con chòm xóm."
                ),
                (
                    "Ông Nguyễn Văn Hải, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo "
                    "Đề án 06 tỉnh"
                ),
            ),
            (
                "paragraph",
                (
                    "Trong quý IV, tỉnh đặt mục tiêu 100% hồ sơ giải quyết thủ tục "
                    "hành chính được số hóa, đồng thời hoàn thành việc cấp chữ ký số "
                    "cho công chức một cửa cấp xã. Đây được xác định là nhiệm vụ trọng "
                    "tâm gắn với công tác cải cách hành chính năm nay."
                ),
            ),
        ],
        "author": "Minh Anh",
        "unit": "Trung tâm VH&TT tỉnh Bình Lâm",
        "tags": ["chuyển đổi số", "cải cách hành chính"],
        "days_ago": 33,
        "hour": 16,
    },
    {
        "section": "tin-tuc",
        "title": (
            "Tỉnh Bình Lâm ra quân làm đường giao thông nông thôn, huy động hơn 3.000 "
            "ngày công"
        ),
        "lead": (
            "Sáng 5/11, tỉnh Bình Lâm đồng loạt ra quân tháng cao điểm làm đường giao "
            "thông nông thôn tại 14 xã, phường, với mục tiêu cứng hóa thêm 22 km "
            "đường thôn, bản trước Tết Nguyên đán."
        ),
        "body": [
            (
                "paragraph",
                (
                    "Tại điểm ra quân ở thôn Khuôn Vài, xã Hợp Tiến, hơn 200 cán bộ, "
                    "đoàn viên thanh niên, dân quân và người dân đã cùng san gạt mặt "
                    "bằng, đổ bê tông tuyến đường dài 1,2 km nối khu dân cư với vùng "
                    "trồng quế. Nhà nước hỗ trợ xi măng, cát sỏi; nhân dân đóng góp "
                    "ngày công và tự nguyện hiến gần 2.000 m² đất."
                ),
            ),
            (
                "image",
                (
                    "Người dân thôn Khuôn Vài, xã Hợp Tiến đổ bê tông tuyến đường liên "
                    "thôn"
                ),
            ),
            (
                "paragraph",
                (
                    "Theo Sở Xây dựng, từ đầu năm đến nay toàn "
                    "tỉnh đã cứng hóa 37,5 km đường giao thông nông thôn, xây mới 9 "
                    "cầu tràn và ngầm tràn. Tổng kinh phí thực hiện hơn 46 tỷ đồng, "
                    "trong đó vốn nhân dân đóng góp chiếm khoảng 18%."
                ),
            ),
            (
                "paragraph",
                (
                    "Đường bê tông về đến tận chân đồi giúp việc vận chuyển quế, keo "
                    "và nông sản thuận lợi hơn, chi phí giảm từ 30 đến 40%. Nhiều hộ ở "
                    "xã Yên Hòa, Minh Khai đã chủ động mở rộng diện tích trồng cây ăn "
                    "quả ngay khi đường được mở."
                ),
            ),
            (
                "paragraph",
                (
                    "Tỉnh yêu cầu các xã công khai danh sách đóng góp, giám sát chặt "
                    "chẽ chất lượng thi công và bố trí kinh phí duy tu sau khi hoàn "
                    "thành. Mục tiêu là bảo đảm các tuyến đường phát huy hiệu quả lâu "
                    "dài, góp phần hoàn thiện tiêu chí giao thông trong xây dựng nông "
                    "thôn mới."
                ),
            ),
        ],
        "author": "Đức Thắng",
        "unit": "Trung tâm VH&TT tỉnh Bình Lâm",
        "tags": ["nông thôn mới", "hạ tầng giao thông"],
        "days_ago": 11,
        "hour": 10,
    },
    {
        "section": "tin-tuc",
        "title": (
            "Lãnh đạo Tỉnh ủy làm việc với Đảng ủy xã Thượng Lâm về phát triển kinh "
            "tế vùng cao"
        ),
        "lead": (
            "Ngày 21/10, đoàn công tác Ban Thường vụ Tỉnh ủy do đồng chí Bí thư Tỉnh "
            "ủy làm trưởng đoàn đã làm việc với Đảng ủy xã Thượng Lâm về kết quả thực "
            "hiện nghị quyết đại hội Đảng bộ xã."
        ),
        "body": [
            (
                "paragraph",
                (
                    "Báo cáo của Đảng ủy xã Thượng Lâm cho biết, sau hơn ba năm thực "
                    "hiện nghị quyết, thu nhập bình quân đầu người của xã đạt 38,6 "
                    "triệu đồng/năm, tăng 11 triệu đồng so với đầu nhiệm kỳ. Diện tích "
                    "chè tập trung đạt 420 ha, trong đó 65 ha được chứng nhận VietGAP. "
                    "Tỷ lệ hộ nghèo giảm từ 24,7% xuống còn 11,2%."
                ),
            ),
            (
                "image",
                (
                    "Đoàn công tác Ban Thường vụ Tỉnh ủy thăm đồi chè của hợp tác xã "
                    "tại thôn Làng Mô, xã Thượng Lâm"
                ),
            ),
            (
                "paragraph",
                (
                    "Công tác xây dựng Đảng có nhiều chuyển biến: 100% chi bộ thôn duy "
                    "trì sinh hoạt chuyên đề hằng quý, xã kết nạp 27 đảng viên mới, "
                    "trong đó có 9 đảng viên là người dân tộc thiểu số. Tuy nhiên, "
                    "việc thu hút doanh nghiệp đầu tư chế biến sâu còn chậm, một số "
                    "tuyến đường giao thông liên thôn đã xuống cấp."
                ),
            ),
            (
                "quote",
                (
                    "Thượng Lâm có lợi thế về chè và cảnh quan; Đảng ủy xã cần cụ thể "
                    "hóa thành những chương trình có địa chỉ, có người chịu trách "
                    "nhiệm và có thời hạn hoàn thành."
                ),
                "Bà Lò Thị Thanh, Bí thư Tỉnh ủy Bình Lâm",
            ),
            (
                "paragraph",
                (
                    "Kết luận buổi làm việc, đoàn công tác đề nghị xã tập trung xây "
                    "dựng vùng nguyên liệu chè hữu cơ gắn với du lịch cộng đồng. Đảng "
                    "ủy xã cũng cần chuẩn bị tốt các điều kiện về nhân sự, văn kiện để "
                    "tiến tới đại hội Đảng bộ xã nhiệm kỳ mới."
                ),
            ),
        ],
        "author": "Lan Phương",
        "unit": "Trung tâm VH&TT tỉnh Bình Lâm",
        "tags": ["xây dựng Đảng", "nông nghiệp"],
        "days_ago": 26,
        "hour": 17,
    },
    {
        "section": "tin-tuc",
        "title": (
            "Bình Lâm chủ động ứng phó đợt mưa lớn, sơ tán 46 hộ khỏi vùng nguy cơ sạt "
            "lở"
        ),
        "lead": (
            "Trước diễn biến mưa lớn kéo dài từ đêm 27/9, Ban Chỉ huy Phòng thủ dân sự "
            "tỉnh Bình Lâm đã chỉ đạo các xã khẩn trương di dời người dân ở những khu "
            "vực có nguy cơ sạt lở đất, lũ quét."
        ),
        "body": [
            (
                "paragraph",
                (
                    "Lượng mưa đo được tại trạm Thượng Lâm trong 24 giờ đạt 186 mm, "
                    "khiến mực nước sông Hòa dâng cao, nhiều ngầm tràn bị ngập sâu. "
                    "Đến 17 giờ ngày 28/9, các xã Suối Ngang, Thượng Lâm và Minh Khai "
                    "đã sơ tán 46 hộ với 189 nhân khẩu đến nhà văn hóa thôn và nhà "
                    "người thân ở nơi an toàn."
                ),
            ),
            (
                "image",
                (
                    "Lực lượng dân quân xã Suối Ngang giúp người dân di chuyển tài sản "
                    "khỏi khu vực nguy cơ sạt lở"
                ),
            ),
            (
                "paragraph",
                (
                    "Tỉnh đã bố trí lực lượng trực 24/24 giờ tại 12 điểm ngầm, tràn "
                    "xung yếu, cắm biển cảnh báo và căng dây không cho người, phương "
                    "tiện qua lại khi nước lên. Các trường học vùng cao được chỉ đạo "
                    "linh hoạt cho học sinh nghỉ học, bảo đảm an toàn tuyệt đối."
                ),
            ),
            (
                "paragraph",
                (
                    "Theo thống kê ban đầu, mưa lũ làm 3 nhà dân bị hư hỏng một phần, "
                    "khoảng 14 ha lúa và hoa màu bị ngập úng. Trên tuyến đường giao "
                    "thông đi thôn Nậm Khạo, xã Suối Ngang xuất hiện 2 điểm sạt lở "
                    "taluy dương. Không có thiệt hại về người."
                ),
            ),
            (
                "paragraph",
                (
                    "UBND tỉnh đề nghị người dân theo dõi thông tin cảnh báo trên hệ "
                    "thống loa truyền thanh, không đi qua sông suối, ngầm tràn khi có "
                    "lũ. Bà con tuyệt đối không thu gom củi, vớt tài sản trên sông và "
                    "cần chủ động gia cố nhà cửa, chuồng trại."
                ),
            ),
        ],
        "author": "Văn Tiến",
        "unit": "Trung tâm VH&TT tỉnh Bình Lâm",
        "tags": ["phòng chống thiên tai"],
        "days_ago": 49,
        "hour": 19,
    },
    {
        "section": "chinh-quyen",
        "title": (
            "Kỳ họp chuyên đề HĐND tỉnh Bình Lâm thông qua 7 nghị quyết quan trọng"
        ),
        "lead": (
            "Ngày 18/10, HĐND tỉnh Bình Lâm khóa XX, nhiệm kỳ 2021 – 2026 tổ chức kỳ "
            "họp chuyên đề để xem xét, quyết định một số nội dung cấp bách thuộc thẩm "
            "quyền."
        ),
        "body": [
            (
                "paragraph",
                (
                    "Tại kỳ họp, các đại biểu đã nghe tờ trình của UBND tỉnh về điều "
                    "chỉnh kế hoạch đầu tư công trung hạn, bổ sung dự toán chi ngân "
                    "sách và phân bổ vốn thực hiện các chương trình mục tiêu quốc gia. "
                    "Báo cáo thẩm tra của các ban HĐND tỉnh cơ bản thống nhất với nội "
                    "dung tờ trình, đồng thời đề nghị làm rõ tiến độ một số công trình "
                    "chậm triển khai."
                ),
            ),
            (
                "image",
                (
                    "Đại biểu HĐND tỉnh biểu quyết thông qua các nghị quyết tại kỳ "
                    "họp chuyên đề"
                ),
            ),
            (
                "paragraph",
                (
                    "Kết quả, kỳ họp đã biểu quyết thông qua 7 nghị quyết, trong đó có "
                    "nghị quyết điều chỉnh vốn cho 11 dự án đường giao thông, trường "
                    "học và nhà văn hóa thôn với tổng số vốn hơn 52 tỷ đồng. HĐND "
                    "tỉnh cũng thông qua nghị quyết hỗ trợ phát triển sản phẩm OCOP "
                    "và nghị quyết về chính sách khuyến khích người dân tham gia "
                    "chuyển đổi số."
                ),
            ),
            (
                "paragraph",
                (
                    "Trong phiên thảo luận, nhiều đại biểu đề nghị ưu tiên vốn cho các "
                    "tuyến đường đến vùng nguyên liệu chè, quế và các điểm trường lẻ "
                    "còn xuống cấp ở xã Suối Ngang, Thượng Lâm. Đại diện UBND tỉnh đã "
                    "tiếp thu, giải trình cụ thể từng ý kiến."
                ),
            ),
            (
                "paragraph",
                (
                    "Phát biểu bế mạc, Chủ tịch HĐND tỉnh đề nghị UBND tỉnh sớm "
                    "triển khai các nghị quyết vào cuộc sống. Các đại biểu HĐND tăng "
                    "cường giám sát, kịp thời phản ánh những vướng mắc từ cơ sở để có "
                    "giải pháp tháo gỡ."
                ),
            ),
        ],
        "author": "Thu Hà",
        "unit": "Trung tâm VH&TT tỉnh Bình Lâm",
        "tags": ["HĐND – UBND"],
        "days_ago": 29,
        "hour": 15,
    },
    {
        "section": "chinh-quyen",
        "title": "Xã Tân Lập đón Bằng công nhận đạt chuẩn nông thôn mới nâng cao",
        "lead": (
            "Tối 3/11, xã Tân Lập long trọng tổ chức lễ đón nhận Bằng công nhận xã đạt "
            "chuẩn nông thôn mới nâng cao, trở thành xã thứ hai của tỉnh Bình Lâm cán "
            "đích tiêu chuẩn này."
        ),
        "body": [
            (
                "paragraph",
                (
                    "Sau 4 năm nỗ lực, xã Tân Lập đã hoàn thành 19/19 tiêu chí nông "
                    "thôn mới nâng cao. Thu nhập bình quân đầu người năm nay ước đạt "
                    "62 triệu đồng, tỷ lệ hộ nghèo chỉ còn 1,8%. Toàn xã có 100% tuyến "
                    "đường giao thông trục thôn được cứng hóa, có hệ thống chiếu sáng "
                    "và hàng rào xanh."
                ),
            ),
            (
                "image",
                (
                    "Lãnh đạo tỉnh Bình Lâm trao Bằng công nhận xã đạt chuẩn nông thôn "
                    "mới nâng cao cho xã Tân Lập"
                ),
            ),
            (
                "paragraph",
                (
                    "Tổng nguồn lực huy động cho chương trình giai đoạn vừa qua đạt "
                    "gần 98 tỷ đồng, trong đó nhân dân đóng góp hơn 21 tỷ đồng cùng "
                    "hàng nghìn ngày công lao động. Nhiều hộ tự nguyện hiến đất, tháo "
                    "dỡ tường rào để mở rộng đường thôn, ngõ xóm."
                ),
            ),
            (
                "quote",
                (
                    "Nông thôn mới không có điểm dừng; chúng tôi sẽ tiếp tục xây dựng "
                    "các thôn kiểu mẫu, phát triển vùng bưởi hàng hóa để người dân có "
                    "thu nhập cao và bền vững hơn."
                ),
                "Ông Hà Văn Toàn, Chủ tịch UBND xã Tân Lập",
            ),
            (
                "paragraph",
                (
                    "Nhân dịp này, UBND tỉnh đã tặng Bằng khen cho 5 tập thể và 12 cá "
                    "nhân có thành tích xuất sắc trong phong trào. Buổi lễ khép lại "
                    "bằng chương trình văn nghệ đặc sắc do các câu lạc bộ văn nghệ "
                    "thôn biểu diễn."
                ),
            ),
        ],
        "author": "Hoàng Yến",
        "unit": "Trung tâm VH&TT tỉnh Bình Lâm",
        "tags": ["nông thôn mới"],
        "days_ago": 13,
        "hour": 21,
    },
    {
        "section": "chinh-quyen",
        "title": (
            "Phường Bình Lâm ra mắt mô hình “Chợ số” giúp tiểu thương thanh toán "
            "không dùng tiền mặt"
        ),
        "lead": (
            "Sáng 16/11, UBND phường Hòa Sơn phối hợp với Tổ công nghệ số cộng đồng "
            "và các ngân hàng trên địa bàn ra mắt mô hình “Chợ số” tại chợ trung tâm "
            "phường."
        ),
        "body": [
            (
                "paragraph",
                (
                    "Theo đó, 124/150 hộ kinh doanh tại chợ đã được hướng dẫn mở tài "
                    "khoản, in mã QR và niêm yết tại quầy hàng. Người mua có thể thanh "
                    "toán bằng ứng dụng ngân hàng hoặc ví điện tử chỉ trong vài giây, "
                    "không lo thiếu tiền lẻ."
                ),
            ),
            (
                "image",
                (
                    "Đoàn viên thanh niên hướng dẫn tiểu thương chợ trung tâm phường "
                    "Bình Lâm cài đặt ứng dụng thanh toán"
                ),
            ),
            (
                "paragraph",
                (
                    "Bà Hoàng Thị Nhung, tiểu thương bán rau ở chợ, cho biết ban đầu "
                    "còn e ngại vì không quen dùng điện thoại, nhưng sau hai buổi được "
                    "các đoàn viên kèm cặp, bà đã tự kiểm tra được tiền chuyển khoản. "
                    "Hiện mỗi ngày có khoảng một nửa số khách của bà thanh toán qua mã "
                    "QR."
                ),
            ),
            (
                "paragraph",
                (
                    "Mô hình nằm trong kế hoạch chuyển đổi số của phường năm nay, "
                    "cùng với việc lắp đặt wifi miễn phí tại chợ và khu vực quảng "
                    "trường. Phường phấn đấu đến cuối năm có 80% hộ gia đình sử dụng "
                    "thanh toán điện tử trong sinh hoạt hằng ngày."
                ),
            ),
        ],
        "author": "Ngọc Mai",
        "unit": "Trung tâm VH&TT tỉnh Bình Lâm",
        "tags": ["chuyển đổi số"],
        "days_ago": 0,
        "hour": 9,
    },
    {
        "section": "chinh-quyen",
        "title": (
            "Bộ phận Một cửa tỉnh Bình Lâm giải quyết 99,6% hồ sơ đúng và trước hạn"
        ),
        "lead": (
            "Mười tháng năm nay, Bộ phận Tiếp nhận và Trả kết quả tỉnh Bình Lâm đã "
            "tiếp nhận hơn 8.700 hồ sơ thủ tục hành chính, trong đó tỷ lệ hồ sơ nộp "
            "trực tuyến đạt trên 71%."
        ),
        "body": [
            (
                "paragraph",
                (
                    "Để phục vụ người dân tốt hơn, bộ phận một cửa đã bố trí khu vực "
                    "hướng dẫn nộp hồ sơ trực tuyến với hai máy tính, máy quét và nhân "
                    "viên hỗ trợ thường trực. Các lĩnh vực có số lượng hồ sơ lớn như "
                    "đất đai, hộ tịch, đăng ký hộ kinh doanh đều được số hóa ngay khi "
                    "tiếp nhận."
                ),
            ),
            (
                "image",
                (
                    "Công chức Bộ phận Một cửa tỉnh hướng dẫn người dân nộp hồ sơ đất "
                    "đai trên Cổng dịch vụ công"
                ),
            ),
            (
                "paragraph",
                (
                    "Kết quả, 99,6% hồ sơ được giải quyết đúng và trước hạn; 37 hồ sơ "
                    "trễ hạn đều có văn bản xin lỗi người dân theo quy định. Mức độ "
                    "hài lòng của tổ chức, cá nhân qua khảo sát trên thiết bị điện tử "
                    "đạt 97,8%."
                ),
            ),
            (
                "quote",
                (
                    "Chúng tôi coi mỗi phiếu đánh giá của người dân là một thước đo; "
                    "nếu có ý kiến chưa hài lòng thì phải tìm hiểu nguyên nhân và khắc "
                    "phục ngay trong tuần."
                ),
                "Bà Trần Thu Hằng, Chánh Văn phòng HĐND và UBND tỉnh",
            ),
            (
                "paragraph",
                (
                    "Thời gian tới, tỉnh tiếp tục rà soát, cắt giảm thành phần hồ sơ, "
                    "đơn giản hóa quy trình nội bộ và đẩy mạnh thanh toán phí, lệ phí "
                    "trực tuyến. Đây là những giải pháp then chốt để nâng cao chỉ số "
                    "cải cách hành chính của tỉnh trong năm tới."
                ),
            ),
        ],
        "author": "Minh Anh",
        "unit": "Trung tâm VH&TT tỉnh Bình Lâm",
        "tags": ["cải cách hành chính", "chuyển đổi số"],
        "days_ago": 8,
        "hour": 8,
    },
    {
        "section": "chinh-quyen",
        "title": (
            "Đảng ủy xã Phú Thịnh sơ kết giữa nhiệm kỳ, xác định ba khâu đột phá cần "
            "tập trung"
        ),
        "lead": (
            "Chiều 16/10, Đảng ủy xã Phú Thịnh tổ chức hội nghị sơ kết giữa nhiệm kỳ "
            "thực hiện Nghị quyết Đại hội Đảng bộ xã, với sự tham dự của 86 đại biểu "
            "đại diện cho 21 chi bộ trực thuộc."
        ),
        "body": [
            (
                "paragraph",
                (
                    "Hội nghị đánh giá, 14/17 chỉ tiêu chủ yếu của nghị quyết đạt và "
                    "vượt tiến độ đề ra. Tổng giá trị sản xuất nông nghiệp tăng bình "
                    "quân 5,4%/năm; xã đã xây dựng được 3 sản phẩm OCOP, trong đó miến "
                    "dong Phú Thịnh đạt 3 sao. Công tác quốc phòng, an ninh được giữ "
                    "vững, không có điểm nóng phát sinh."
                ),
            ),
            (
                "image",
                (
                    "Bí thư Đảng ủy xã Phú Thịnh phát biểu chỉ đạo tại hội nghị sơ kết "
                    "giữa nhiệm kỳ"
                ),
            ),
            (
                "paragraph",
                (
                    "Bên cạnh đó, vẫn còn 3 chỉ tiêu chưa đạt, gồm tỷ lệ lao động qua "
                    "đào tạo có chứng chỉ, tỷ lệ hộ sử dụng nước sạch và số thôn đạt "
                    "chuẩn thôn kiểu mẫu. Một số chi bộ sinh hoạt còn hình thức, chưa "
                    "gắn với nhiệm vụ cụ thể ở cơ sở."
                ),
            ),
            (
                "paragraph",
                (
                    "Hội nghị thống nhất ba khâu đột phá cho nửa nhiệm kỳ còn lại: "
                    "hoàn thiện hệ thống đường giao thông nội đồng, phát triển vùng "
                    "dong riềng hàng hóa gắn với chế biến và nâng cao chất lượng sinh "
                    "hoạt chi bộ. Đảng ủy xã giao từng đồng chí ủy viên phụ trách địa "
                    "bàn, kiểm điểm tiến độ hằng tháng."
                ),
            ),
        ],
        "author": "Quốc Khánh",
        "unit": "Đài Truyền thanh xã Phú Thịnh",
        "tags": ["xây dựng Đảng"],
        "days_ago": 31,
        "hour": 18,
    },
    {
        "section": "chinh-quyen",
        "title": (
            "Chủ tịch UBND tỉnh Bình Lâm đối thoại với doanh nghiệp, hợp tác xã về mặt "
            "bằng sản xuất"
        ),
        "lead": (
            "Sáng 25/10, UBND tỉnh Bình Lâm tổ chức hội nghị đối thoại với hơn 60 "
            "doanh nghiệp, hợp tác xã và hộ kinh doanh tiêu biểu nhằm tháo gỡ khó khăn "
            "trong sản xuất, kinh doanh."
        ),
        "body": [
            (
                "paragraph",
                (
                    "Tại hội nghị, các doanh nghiệp tập trung phản ánh về thủ tục thuê "
                    "đất, chuyển mục đích sử dụng đất để xây dựng nhà xưởng và khó "
                    "khăn trong tiếp cận vốn vay ưu đãi. Chi phí vận chuyển còn cao do "
                    "một số tuyến đường giao thông đến vùng nguyên liệu hẹp, xuống "
                    "cấp. Trước hội nghị, đã có 23 ý kiến, kiến nghị được gửi trực "
                    "tiếp và qua hộp thư điện tử."
                ),
            ),
            (
                "image",
                (
                    "Đại diện Hợp tác xã Chè Thượng Lâm nêu kiến nghị tại hội nghị đối "
                    "thoại"
                ),
            ),
            (
                "paragraph",
                (
                    "Lãnh đạo các phòng, ban chuyên môn đã trả lời trực tiếp 19 ý "
                    "kiến. Với các kiến nghị thuộc thẩm quyền của tỉnh, UBND tỉnh cam "
                    "kết tổng hợp, báo cáo và theo dõi đến khi có kết quả cuối cùng."
                ),
            ),
            (
                "quote",
                (
                    "Doanh nghiệp, hợp tác xã vướng ở khâu nào thì phòng chuyên môn đó "
                    "phải chủ động tìm đến, không để doanh nghiệp phải đi lại nhiều "
                    "lần."
                ),
                "Ông Đặng Quang Vinh, Chủ tịch UBND tỉnh Bình Lâm",
            ),
            (
                "paragraph",
                (
                    "Tỉnh giao Sở Tài chính lập danh mục theo dõi từng "
                    "kiến nghị, công khai tiến độ xử lý trên Trang thông tin điện tử "
                    "tỉnh. Hội nghị đối thoại sẽ được duy trì định kỳ 6 tháng một lần."
                ),
            ),
        ],
        "author": "Thu Hà",
        "unit": "Trung tâm VH&TT tỉnh Bình Lâm",
        "tags": ["HĐND – UBND", "cải cách hành chính"],
        "days_ago": 22,
        "hour": 11,
    },
    {
        "section": "chinh-quyen",
        "title": (
            "Xã Đồng Tâm khánh thành cầu tràn Nà Pục, người dân hai thôn hết cảnh lội "
            "suối"
        ),
        "lead": (
            "Ngày 30/10, UBND xã Đồng Tâm tổ chức khánh thành, đưa vào sử dụng cầu "
            "tràn Nà Pục, nối liền thôn Nà Pục và thôn Bản Chang với trung tâm xã."
        ),
        "body": [
            (
                "paragraph",
                (
                    "Công trình có chiều dài 42 m, mặt cầu rộng 5 m, kết cấu bê tông "
                    "cốt thép, tổng kinh phí 4,7 tỷ đồng từ nguồn Chương trình mục "
                    "tiêu quốc gia phát triển kinh tế – xã hội vùng đồng bào dân tộc "
                    "thiểu số và miền núi. Cầu được thi công trong 7 tháng, hoàn thành "
                    "trước mùa mưa lũ."
                ),
            ),
            (
                "image",
                "Người dân thôn Nà Pục phấn khởi đi trên cây cầu tràn mới khánh thành",
            ),
            (
                "paragraph",
                (
                    "Trước đây, mỗi mùa mưa, hơn 130 hộ dân của hai thôn thường bị "
                    "chia cắt nhiều ngày, học sinh phải nghỉ học, nông sản không vận "
                    "chuyển ra ngoài được. Nay cây cầu mới cùng tuyến đường giao thông "
                    "bê tông dài 2,3 km đã giúp xe tải nhỏ vào tận thôn thu mua quế, "
                    "gừng."
                ),
            ),
            (
                "paragraph",
                (
                    "Ông Triệu Văn Sinh, Trưởng thôn Nà Pục, cho biết bà con đã mong "
                    "cây cầu này từ nhiều năm. Để có mặt bằng thi công, 9 hộ dân trong "
                    "thôn đã tự nguyện hiến hơn 600 m² đất vườn mà không yêu cầu bồi "
                    "thường."
                ),
            ),
        ],
        "author": "Đức Thắng",
        "unit": "Ban Văn hóa xã Đồng Tâm",
        "tags": ["hạ tầng giao thông", "nông thôn mới"],
        "days_ago": 17,
        "hour": 14,
    },
    {
        "section": "chinh-quyen",
        "title": (
            "Lãnh đạo tỉnh Bình Lâm tiếp công dân định kỳ, giải quyết dứt điểm 5 vụ "
            "việc tồn đọng"
        ),
        "lead": (
            "Ngày 15/10, đồng chí Chủ tịch UBND tỉnh Bình Lâm chủ trì buổi tiếp công "
            "dân định kỳ tại Trụ sở Tiếp công dân tỉnh, tiếp nhận và trả lời trực "
            "tiếp kiến nghị của 11 lượt công dân."
        ),
        "body": [
            (
                "paragraph",
                (
                    "Các nội dung công dân phản ánh chủ yếu liên quan đến tranh chấp "
                    "ranh giới đất đai, cấp giấy chứng nhận quyền sử dụng đất và bồi "
                    "thường giải phóng mặt bằng dự án nâng cấp đường giao thông Hòa "
                    "Sơn – Yên Khê. Trước buổi tiếp, các cơ quan chuyên môn đã xác "
                    "minh, chuẩn bị đầy đủ hồ sơ từng vụ việc."
                ),
            ),
            (
                "image",
                (
                    "Chủ tịch UBND tỉnh Bình Lâm trao đổi với công dân tại buổi tiếp "
                    "công dân định kỳ"
                ),
            ),
            (
                "paragraph",
                (
                    "Sau khi nghe ý kiến công dân và báo cáo của các cơ quan liên "
                    "quan, Chủ tịch UBND tỉnh đã kết luận, giải quyết dứt điểm 5 vụ "
                    "việc tồn đọng kéo dài. 6 vụ việc còn lại được giao cho UBND các "
                    "xã và Sở Nông nghiệp và Môi trường tiếp tục xác minh, "
                    "báo cáo kết quả trong 15 ngày."
                ),
            ),
            (
                "paragraph",
                (
                    "Từ đầu năm, lãnh đạo tỉnh đã tiếp 74 lượt công dân, không có "
                    "đoàn đông người. Tỉnh yêu cầu người đứng đầu cấp xã nâng cao "
                    "trách nhiệm, giải quyết kịp thời ngay từ cơ sở, không để phát "
                    "sinh khiếu nại vượt cấp."
                ),
            ),
        ],
        "author": "Lan Phương",
        "unit": "Trung tâm VH&TT tỉnh Bình Lâm",
        "tags": ["HĐND – UBND", "an ninh trật tự"],
        "days_ago": 32,
        "hour": 16,
    },
    {
        "section": "so-nganh",
        "title": (
            "Bình Lâm công bố chỉ số cải cách hành chính, phường Hòa Sơn tăng 5 bậc"
        ),
        "lead": (
            "Ngày 7/10, UBND tỉnh Bình Lâm tổ chức hội nghị công bố Chỉ số cải cách "
            "hành chính và Chỉ số hài lòng của người dân đối với sự phục vụ của cơ "
            "quan hành chính nhà nước."
        ),
        "body": [
            (
                "paragraph",
                (
                    "Theo kết quả công bố, phường Hòa Sơn đạt 86,42 điểm, xếp thứ 3 "
                    "trong các xã, phường của tỉnh, tăng 5 bậc so với năm trước. "
                    "Các chỉ số "
                    "thành phần có mức tăng mạnh là hiện đại hóa hành chính, cải cách "
                    "thủ tục hành chính và tác động của cải cách đến người dân."
                ),
            ),
            (
                "image",
                (
                    "Đại diện lãnh đạo phường Hòa Sơn nhận chứng nhận tại hội "
                    "nghị công "
                    "bố chỉ số cải cách hành chính của tỉnh"
                ),
            ),
            (
                "paragraph",
                (
                    "Ở khối sở, ban, ngành, Sở Tư pháp và Sở Khoa học và Công nghệ dẫn "
                    "đầu. Chỉ số hài lòng trung bình toàn tỉnh đạt 84,9%, tăng 2,3 "
                    "điểm phần trăm; lĩnh vực đất đai tiếp tục là lĩnh vực có mức độ "
                    "hài lòng thấp nhất."
                ),
            ),
            (
                "paragraph",
                (
                    "Phát biểu tại hội nghị, lãnh đạo UBND tỉnh yêu cầu các địa phương "
                    "phân tích kỹ những chỉ số thành phần bị mất điểm, gắn trách nhiệm "
                    "người đứng đầu với kết quả cải cách hành chính. Tỉnh sẽ tăng "
                    "cường kiểm tra đột xuất việc giải quyết hồ sơ tại bộ phận một cửa "
                    "các cấp."
                ),
            ),
        ],
        "author": "Minh Anh",
        "unit": "Trung tâm VH&TT tỉnh Bình Lâm",
        "tags": ["cải cách hành chính"],
        "days_ago": 40,
        "hour": 10,
    },
    {
        "section": "so-nganh",
        "title": (
            "12 sản phẩm OCOP tiêu biểu góp mặt ở Hội chợ thương mại tỉnh Bình Lâm"
        ),
        "lead": (
            "Từ ngày 10 đến 14/11, tại Quảng trường trung tâm thành phố Bình Lâm diễn "
            "ra Hội chợ sản phẩm OCOP và nông sản đặc trưng của tỉnh, với hơn 180 gian "
            "hàng của các địa phương, doanh nghiệp trong và ngoài tỉnh."
        ),
        "body": [
            (
                "paragraph",
                (
                    "Gian hàng chung của các xã được bố trí ở khu vực trung tâm, giới "
                    "thiệu 12 sản phẩm OCOP tiêu biểu như chè xanh Thượng Lâm, tinh "
                    "dầu quế Suối Ngang, miến dong Phú Thịnh, mật ong Đồng Tâm và bưởi "
                    "Tân Lập. Nhiều sản phẩm được trình bày kèm mã QR truy xuất nguồn "
                    "gốc để khách hàng kiểm tra thông tin."
                ),
            ),
            (
                "image",
                "Khách tham quan thưởng thức trà tại gian hàng OCOP của các xã",
            ),
            (
                "paragraph",
                (
                    "Sau ba ngày khai mạc, gian hàng của tỉnh đã bán được trên 2 tấn "
                    "sản phẩm, doanh thu ước đạt 310 triệu đồng. Ba hợp tác xã của "
                    "tỉnh đã ký biên bản ghi nhớ hợp tác tiêu thụ với các chuỗi cửa "
                    "hàng nông sản sạch tại Hà Nội và Hải Phòng."
                ),
            ),
            (
                "quote",
                (
                    "Hội chợ giúp chúng tôi hiểu người tiêu dùng thành phố cần bao bì "
                    "nhỏ gọn, thông tin rõ ràng; sau đợt này, hợp tác xã sẽ thiết kế "
                    "lại mẫu hộp chè 100 gam."
                ),
                "Bà Lục Thị Hoa, Giám đốc Hợp tác xã Chè Thượng Lâm",
            ),
            (
                "paragraph",
                (
                    "Hội chợ nằm trong chương trình xúc tiến thương mại năm nay của "
                    "tỉnh Bình Lâm, nhằm quảng bá sản phẩm OCOP, kết nối cung cầu và "
                    "hỗ trợ các chủ thể mở rộng thị trường tiêu thụ. Dự kiến hội chợ "
                    "đón khoảng 50.000 lượt khách tham quan, mua sắm."
                ),
            ),
        ],
        "author": "Hoàng Yến",
        "unit": "Trung tâm VH&TT tỉnh Bình Lâm",
        "tags": ["OCOP", "nông nghiệp"],
        "days_ago": 3,
        "hour": 20,
    },
    {
        "section": "so-nganh",
        "title": (
            "Tỉnh Bình Lâm khởi công nâng cấp tuyến đường liên xã Hòa Sơn – Yên Khê"
        ),
        "lead": (
            "Sáng 2/11, Sở Xây dựng tỉnh Bình Lâm tổ chức lễ khởi công dự án cải tạo, "
            "nâng cấp tuyến đường giao thông liên xã Hòa Sơn – Yên Khê với tổng mức "
            "đầu tư 285 tỷ đồng."
        ),
        "body": [
            (
                "paragraph",
                (
                    "Tuyến đường có tổng chiều dài 24,6 km, điểm đầu tại phường Hòa "
                    "Sơn, đi qua các xã Tân Lập, Hợp Tiến và kết thúc tại trung tâm "
                    "xã Yên Khê. Sau khi nâng cấp, nền đường rộng 9 m, mặt đường bê "
                    "tông nhựa rộng 7 m, đạt tiêu chuẩn đường cấp IV miền núi."
                ),
            ),
            (
                "image",
                (
                    "Các đại biểu thực hiện nghi thức khởi công dự án nâng cấp tuyến "
                    "đường Hòa Sơn – Yên Khê"
                ),
            ),
            (
                "paragraph",
                (
                    "Dự án được kỳ vọng rút ngắn thời gian di chuyển giữa hai tỉnh từ "
                    "55 phút xuống còn khoảng 35 phút, mở ra dư địa phát triển vùng "
                    "bưởi, quế và các điểm du lịch cộng đồng dọc tuyến. Hiện tỉnh Hòa "
                    "Sơn đã bàn giao 92% mặt bằng; số hộ còn lại đang được vận động để "
                    "hoàn thành trong tháng 11."
                ),
            ),
            (
                "paragraph",
                (
                    "Đơn vị thi công cam kết bố trí đủ nhân lực, máy móc, tổ chức thi "
                    "công cuốn chiếu từng đoạn, bảo đảm an toàn giao thông và hạn chế "
                    "ảnh hưởng tới sinh hoạt của nhân dân. Dự án dự kiến hoàn thành "
                    "sau 24 tháng thi công."
                ),
            ),
        ],
        "author": "Văn Tiến",
        "unit": "Trung tâm VH&TT tỉnh Bình Lâm",
        "tags": ["hạ tầng giao thông"],
        "days_ago": 14,
        "hour": 12,
    },
    {
        "section": "so-nganh",
        "title": (
            "Phó Chủ tịch UBND tỉnh kiểm tra công tác khắc phục hậu quả mưa lũ tại Hòa "
            "Sơn"
        ),
        "lead": (
            "Ngày 30/9, đồng chí Phó Chủ tịch UBND tỉnh Bình Lâm dẫn đầu đoàn công tác "
            "của tỉnh đã kiểm tra công tác khắc phục hậu quả mưa lũ tại các xã Suối "
            "Ngang và Thượng Lâm, tỉnh Bình Lâm."
        ),
        "body": [
            (
                "paragraph",
                (
                    "Tại điểm sạt lở trên tuyến đường đi thôn Nậm Khạo, xã Suối Ngang, "
                    "đoàn ghi nhận khoảng 1.200 m³ đất đá đã được lực lượng chức năng "
                    "san gạt, thông xe tạm thời. Tuy nhiên, mái taluy phía trên vẫn "
                    "còn vết nứt dài, tiềm ẩn nguy cơ sạt lở tiếp nếu có mưa lớn."
                ),
            ),
            (
                "image",
                (
                    "Đoàn công tác của tỉnh kiểm tra điểm sạt lở trên tuyến đường đi "
                    "thôn Nậm Khạo"
                ),
            ),
            (
                "paragraph",
                (
                    "Đoàn đã đến thăm hỏi, tặng quà 3 hộ gia đình có nhà bị hư hỏng ở "
                    "thôn Khe Cọ, xã Thượng Lâm, mỗi hộ 5 triệu đồng. UBND tỉnh Hòa "
                    "Sơn cũng đã hỗ trợ lương thực, huy động lực lượng dân quân và "
                    "đoàn viên giúp các gia đình dọn dẹp, sửa chữa nhà cửa."
                ),
            ),
            (
                "quote",
                (
                    "Phải rà soát ngay toàn bộ các hộ đang sinh sống ở chân taluy, ven "
                    "suối; hộ nào có nguy cơ cao thì kiên quyết di dời, không để xảy "
                    "ra thiệt hại về người."
                ),
                "Ông Lê Minh Tuấn, Phó Chủ tịch UBND tỉnh Bình Lâm",
            ),
            (
                "paragraph",
                (
                    "Đoàn công tác đề nghị Sở Nông nghiệp và Môi trường nghiên cứu, bố "
                    "trí kinh phí xây dựng khu tái định cư tập trung cho các hộ ở vùng "
                    "nguy cơ cao. Tỉnh Bình Lâm cần chủ động dự phòng vật tư, lương "
                    "thực tại các thôn thường bị chia cắt."
                ),
            ),
        ],
        "author": "Đức Thắng",
        "unit": "Trung tâm VH&TT tỉnh Bình Lâm",
        "tags": ["phòng chống thiên tai", "an sinh xã hội"],
        "days_ago": 47,
        "hour": 18,
    },
    {
        "section": "so-nganh",
        "title": (
            "Tỉnh Bình Lâm phấn đấu 100% trạm y tế xã triển khai hồ sơ sức khỏe điện tử"
        ),
        "lead": (
            "Sở Y tế tỉnh Bình Lâm vừa ban hành kế hoạch đẩy mạnh ứng dụng công nghệ "
            "thông tin trong khám, chữa bệnh, đặt mục tiêu đến hết quý I năm sau, 100% "
            "trạm y tế xã, phường triển khai hồ sơ sức khỏe điện tử."
        ),
        "body": [
            (
                "paragraph",
                (
                    "Theo kế hoạch, người dân khi đến khám tại trạm y tế chỉ cần xuất "
                    "trình thẻ căn cước hoặc tài khoản định danh điện tử, thay cho thẻ "
                    "bảo hiểm y tế giấy. Thông tin khám, chữa bệnh, tiêm chủng và kết "
                    "quả xét nghiệm sẽ được cập nhật liên thông từ tuyến xã đến tuyến "
                    "tỉnh."
                ),
            ),
            (
                "image",
                (
                    "Người dân xã Phú Thịnh làm thủ tục khám bệnh bằng thẻ căn cước "
                    "tại trạm y tế xã"
                ),
            ),
            (
                "paragraph",
                (
                    "Tại tỉnh Bình Lâm, hiện đã có 9/14 trạm y tế triển khai phần mềm "
                    "quản lý hồ sơ sức khỏe điện tử, với hơn 52.000 hồ sơ được tạo "
                    "lập. Các trạm y tế còn lại đang được bổ sung máy tính, đường "
                    "truyền và tập huấn cho nhân viên y tế."
                ),
            ),
            (
                "paragraph",
                (
                    "Sở Y tế yêu cầu các đơn vị bảo đảm an toàn thông tin, bảo mật dữ "
                    "liệu cá nhân của người bệnh. Cùng với đó, các địa phương cần tăng "
                    "cường truyền thông để người dân chủ động tra cứu, theo dõi sức "
                    "khỏe của mình qua ứng dụng trên điện thoại."
                ),
            ),
        ],
        "author": "Thu Hà",
        "unit": "Trung tâm VH&TT tỉnh Bình Lâm",
        "tags": ["y tế", "chuyển đổi số"],
        "days_ago": 5,
        "hour": 14,
    },
    {
        "section": "su-kien",
        "title": (
            "Lễ hội Cơm mới xã Thượng Lâm thu hút hàng nghìn người dân và du khách"
        ),
        "lead": (
            "Ngày 9/11, tại sân vận động trung tâm xã Thượng Lâm, UBND xã tổ chức Lễ "
            "hội Cơm mới năm nay, thu hút hàng nghìn người dân, du khách trong và "
            "ngoài tỉnh tham dự."
        ),
        "body": [
            (
                "paragraph",
                (
                    "Phần lễ diễn ra trang nghiêm với nghi thức dâng cốm, xôi nếp mới "
                    "và gà luộc lên thần linh, tổ tiên, cảm tạ trời đất cho mùa màng "
                    "bội thu. Nghi lễ do các già làng của 6 thôn thực hiện theo đúng "
                    "phong tục được truyền lại từ nhiều đời."
                ),
            ),
            ("image", "Các già làng thực hiện nghi lễ dâng cơm mới tại lễ hội"),
            (
                "paragraph",
                (
                    "Phần hội sôi nổi với các trò chơi dân gian như kéo co, đẩy gậy, "
                    "ném còn, thi giã cốm và thi nấu xôi ngũ sắc giữa các thôn. Đội "
                    "thôn Làng Mô giành giải nhất phần thi giã cốm, đội thôn Khe Cọ "
                    "đoạt giải nhất thi nấu xôi."
                ),
            ),
            (
                "quote",
                (
                    "Lễ hội Cơm mới là dịp để con cháu nhớ công ơn tổ tiên, cũng là "
                    "cách chúng tôi giới thiệu với du khách vẻ đẹp của bản làng Thượng "
                    "Lâm."
                ),
                "Ông Hoàng Văn Páo, già làng thôn Làng Mô",
            ),
            (
                "paragraph",
                (
                    "Bên lề lễ hội, xã bố trí 20 gian hàng giới thiệu chè, cốm, mật "
                    "ong và các sản phẩm thổ cẩm. Năm nay, lễ hội được gắn với tour du "
                    "lịch cộng đồng trải nghiệm hái chè, nghỉ tại nhà dân, góp phần "
                    "tăng thu nhập cho người dân địa phương."
                ),
            ),
        ],
        "author": "Hoàng Yến",
        "unit": "Ban Văn hóa xã Thượng Lâm",
        "tags": ["lễ hội", "văn hóa – thể thao"],
        "days_ago": 7,
        "hour": 20,
    },
    {
        "section": "su-kien",
        "title": (
            "Ấm áp Ngày hội Đại đoàn kết toàn dân tộc ở khu phố Bắc Sơn, phường Hòa Sơn"
        ),
        "lead": (
            "Tối 15/11, khu phố Bắc Sơn, phường Hòa Sơn tổ chức Ngày hội Đại đoàn "
            "kết toàn dân tộc, hướng tới kỷ niệm ngày truyền thống Mặt trận Tổ quốc "
            "Việt Nam 18/11."
        ),
        "body": [
            (
                "paragraph",
                (
                    "Tham dự ngày hội có đồng chí Bí thư Tỉnh ủy Bình Lâm cùng đại "
                    "diện lãnh đạo Ủy ban Mặt trận Tổ quốc tỉnh, Đảng ủy, UBND thị "
                    "trấn và đông đảo nhân dân khu phố. Năm qua, khu phố có 96% hộ gia "
                    "đình đạt danh hiệu “Gia đình văn hóa”, không còn hộ nghèo và "
                    "không có tệ nạn xã hội."
                ),
            ),
            (
                "image",
                (
                    "Bí thư Tỉnh ủy Bình Lâm chung vui cùng nhân dân khu phố Bắc Sơn "
                    "trong Ngày hội Đại đoàn kết"
                ),
            ),
            (
                "paragraph",
                (
                    "Nhân dân khu phố đã đóng góp gần 600 triệu đồng và hơn 400 ngày "
                    "công để lát gạch vỉa hè, lắp 48 cột đèn chiếu sáng và trồng hàng "
                    "cây xanh dọc tuyến phố chính. Phong trào “Ngày Chủ nhật xanh” "
                    "được duy trì đều đặn mỗi tháng hai lần."
                ),
            ),
            (
                "paragraph",
                (
                    "Dịp này, Ban Công tác Mặt trận khu phố trao tặng 10 suất quà cho "
                    "các gia đình có hoàn cảnh khó khăn và khen thưởng 8 hộ tiêu biểu "
                    "trong phát triển kinh tế. Ngày hội khép lại với tiết mục múa sạp "
                    "và bữa cơm đoàn kết ấm cúng giữa các thế hệ trong khu phố."
                ),
            ),
        ],
        "author": "Ngọc Mai",
        "unit": "Trung tâm VH&TT tỉnh Bình Lâm",
        "tags": ["an sinh xã hội", "văn hóa – thể thao"],
        "days_ago": 0,
        "hour": 7,
    },
    {
        "section": "su-kien",
        "title": "Khai mạc Đại hội Thể dục thể thao tỉnh Bình Lâm lần thứ IX",
        "lead": (
            "Sáng 26/10, tại Sân vận động tỉnh, Đại hội Thể dục thể thao tỉnh Hòa "
            "Sơn lần thứ IX chính thức khai mạc, với sự tham gia của hơn 800 vận động "
            "viên đến từ 14 xã, phường và các cơ quan, đơn vị."
        ),
        "body": [
            (
                "paragraph",
                (
                    "Đại hội diễn ra trong 4 ngày với 9 môn thi đấu gồm bóng đá nam, "
                    "bóng chuyền hơi, cầu lông, kéo co, đẩy gậy, bắn nỏ, ném còn, việt "
                    "dã và cờ tướng. Các môn thể thao dân tộc chiếm tỷ lệ lớn, thu hút "
                    "đông đảo vận động viên là đồng bào các dân tộc thiểu số tham gia."
                ),
            ),
            (
                "image",
                (
                    "Màn đồng diễn thể dục của học sinh các trường trên địa bàn tỉnh "
                    "tại lễ khai mạc"
                ),
            ),
            (
                "paragraph",
                (
                    "Những năm qua, phong trào “Toàn dân rèn luyện thân thể theo gương "
                    "Bác Hồ vĩ đại” phát triển rộng khắp; toàn tỉnh hiện có 128 câu "
                    "lạc bộ thể dục thể thao, tỷ lệ người tập luyện thường xuyên đạt "
                    "36,5% dân số. Trước đó, 100% xã, phường đã tổ chức thành công "
                    "đại hội thể dục thể thao cấp cơ sở."
                ),
            ),
            (
                "quote",
                (
                    "Mỗi trận đấu là dịp để vận động viên các xã giao lưu, học hỏi; "
                    "chúng tôi mong đại hội lan tỏa tinh thần rèn luyện sức khỏe tới "
                    "từng thôn, bản."
                ),
                "Ông Vi Văn Khải, Phó Chủ tịch UBND tỉnh, Trưởng Ban Tổ chức đại hội",
            ),
            (
                "paragraph",
                (
                    "Kết quả đại hội là cơ sở để tỉnh lựa chọn những vận động viên "
                    "xuất sắc tham dự Đại hội Thể dục thể thao tỉnh Bình Lâm lần thứ "
                    "X, dự kiến diễn ra vào năm sau. Lễ bế mạc và trao giải toàn đoàn "
                    "sẽ được tổ chức vào chiều 29/10."
                ),
            ),
        ],
        "author": "Quốc Khánh",
        "unit": "Trung tâm VH&TT tỉnh Bình Lâm",
        "tags": ["văn hóa – thể thao"],
        "days_ago": 21,
        "hour": 11,
    },
    {
        "section": "su-kien",
        "title": (
            "Hội thi “Dân vận khéo” tỉnh Bình Lâm: 14 đội thi tái hiện những mô hình "
            "hay ở cơ sở"
        ),
        "lead": (
            "Ngày 7/11, Ban Dân vận Tỉnh ủy Bình Lâm tổ chức Hội thi “Dân vận khéo” "
            "năm nay với sự tham gia của 14 đội thi đại diện cho các Đảng ủy xã, thị "
            "trấn và khối cơ quan."
        ),
        "body": [
            (
                "paragraph",
                (
                    "Các đội thi trải qua ba phần: chào hỏi, kiến thức và tiểu phẩm. "
                    "Thông qua hình thức sân khấu hóa, các đội đã tái hiện sinh động "
                    "những mô hình dân vận khéo như vận động hiến đất làm đường giao "
                    "thông, chuyển đổi cây trồng, xóa bỏ hủ tục trong việc cưới, việc "
                    "tang."
                ),
            ),
            (
                "image",
                "Tiểu phẩm về vận động hiến đất làm đường của đội thi xã Hợp Tiến",
            ),
            (
                "paragraph",
                (
                    "Đáng chú ý, tiểu phẩm “Con đường về bản” của đội xã Hợp Tiến kể "
                    "lại câu ctỉnh có thật về trưởng thôn Khuôn Vài kiên trì thuyết "
                    "phục từng hộ để mở tuyến đường dài 1,2 km. Tiết mục nhận được "
                    "tràng pháo tay lớn từ khán giả và được Ban Giám khảo đánh giá cao."
                ),
            ),
            (
                "paragraph",
                (
                    "Kết thúc hội thi, Ban Tổ chức trao giải nhất cho đội xã Hợp Tiến, "
                    "giải nhì cho đội phường Hòa Sơn và đội xã Tân Lập, cùng 3 giải "
                    "ba và các giải phụ. Hội thi là dịp để cán bộ làm công tác dân vận "
                    "trao đổi kinh nghiệm, nhân rộng cách làm hay trong toàn tỉnh."
                ),
            ),
        ],
        "author": "Lan Phương",
        "unit": "Trung tâm VH&TT tỉnh Bình Lâm",
        "tags": ["xây dựng Đảng", "hạ tầng giao thông"],
        "days_ago": 9,
        "hour": 17,
    },
    {
        "section": "su-kien",
        "title": (
            "Tỉnh Bình Lâm biểu dương 45 người có uy tín tiêu biểu trong đồng bào dân "
            "tộc thiểu số"
        ),
        "lead": (
            "Ngày 22/10, UBND tỉnh Bình Lâm tổ chức hội nghị gặp mặt, biểu dương người "
            "có uy tín tiêu biểu trong đồng bào dân tộc thiểu số năm nay."
        ),
        "body": [
            (
                "paragraph",
                (
                    "Toàn tỉnh hiện có 112 người có uy tín là già làng, trưởng thôn "
                    "và trưởng dòng họ. Năm qua, họ đã tham gia hòa giải thành 36 vụ "
                    "mâu thuẫn trong cộng đồng, vận động 58 hộ hiến đất làm công trình "
                    "công cộng và tích cực tuyên truyền bà con không tin theo tin đồn "
                    "thất thiệt."
                ),
            ),
            (
                "image",
                "Lãnh đạo tỉnh trao giấy khen cho những người có uy tín tiêu biểu",
            ),
            (
                "quote",
                (
                    "Người có uy tín nói một câu thì bà con nghe theo; vì thế mình "
                    "phải làm trước, làm gương thì mới vận động được người khác."
                ),
                "Ông Lý Seo Chứ, người có uy tín thôn Pà Hồ, xã Suối Ngang",
            ),
            (
                "paragraph",
                (
                    "Tại hội nghị, nhiều ý kiến đề xuất tăng cường bồi dưỡng kiến thức "
                    "pháp luật, kỹ năng sử dụng điện thoại thông minh để người có uy "
                    "tín tiếp cận thông tin nhanh hơn. Một số đại biểu cũng kiến nghị "
                    "nâng mức hỗ trợ thăm hỏi khi người có uy tín ốm đau, gặp khó khăn."
                ),
            ),
            (
                "paragraph",
                (
                    "Dịp này, UBND tỉnh tặng giấy khen cho 45 người có uy tín có "
                    "thành tích xuất sắc. Tỉnh giao Sở Dân tộc và Tôn giáo phối "
                    "hợp với các xã tổ chức đoàn tham quan, học tập kinh nghiệm cho "
                    "người có uy tín trong quý I năm sau."
                ),
            ),
        ],
        "author": "Văn Tiến",
        "unit": "Trung tâm VH&TT tỉnh Bình Lâm",
        "tags": ["an ninh trật tự", "an sinh xã hội"],
        "days_ago": 25,
        "hour": 15,
    },
    {
        "section": "kinh-te",
        "title": (
            "Nông dân xã Phú Thịnh thu hoạch lúa mùa, năng suất ước đạt 58 tạ mỗi "
            "héc-ta"
        ),
        "lead": (
            "Những ngày này, trên cánh đồng các thôn Nà Lầu, Cốc Phường, xã Phú Thịnh, "
            "bà con nông dân đang khẩn trương thu hoạch lúa mùa, tranh thủ thời tiết "
            "nắng ráo."
        ),
        "body": [
            (
                "paragraph",
                (
                    "Vụ mùa năm nay, xã Phú Thịnh gieo cấy 312 ha lúa, trong đó có 140 "
                    "ha sử dụng các giống lúa chất lượng cao. Nhờ thời tiết thuận lợi, "
                    "chăm sóc đúng quy trình và dịch bệnh được kiểm soát tốt, năng "
                    "suất bình quân ước đạt 58 tạ/ha, tăng 3 tạ so với vụ mùa năm "
                    "trước."
                ),
            ),
            (
                "image",
                (
                    "Máy gặt đập liên hợp thu hoạch lúa trên cánh đồng thôn Nà Lầu, xã "
                    "Phú Thịnh"
                ),
            ),
            (
                "paragraph",
                (
                    "Toàn xã hiện có 6 máy gặt đập liên hợp, đáp ứng khoảng 70% diện "
                    "tích thu hoạch. Người dân chỉ mất từ 250.000 đến 300.000 đồng cho "
                    "mỗi sào thay vì phải thuê 4 – 5 nhân công như trước, thời gian "
                    "thu hoạch cũng rút ngắn đáng kể."
                ),
            ),
            (
                "paragraph",
                (
                    "Ông Nông Văn Bình ở thôn Cốc Phường cho biết, gia đình cấy 4 sào "
                    "lúa thơm, thu được hơn 1 tấn thóc, đủ lương thực cả năm và còn dư "
                    "để bán. Sau thu hoạch, nhiều hộ đã làm đất để trồng ngô đông và "
                    "rau màu."
                ),
            ),
            (
                "paragraph",
                (
                    "Ngành nông nghiệp tỉnh khuyến cáo bà con không đốt rơm rạ trên "
                    "đồng ruộng, mà tận dụng làm thức ăn cho trâu bò hoặc ủ phân hữu "
                    "cơ bằng chế phẩm sinh học. Cách làm này vừa giảm ô nhiễm môi "
                    "trường, vừa góp phần cải tạo đất cho vụ sau."
                ),
            ),
        ],
        "author": "Quốc Khánh",
        "unit": "Đài Truyền thanh xã Phú Thịnh",
        "tags": ["nông nghiệp"],
        "days_ago": 37,
        "hour": 7,
    },
    {
        "section": "kinh-te",
        "title": "Chè xanh Thượng Lâm được công nhận sản phẩm OCOP 4 sao cấp tỉnh",
        "lead": (
            "Sản phẩm chè xanh Thượng Lâm của Hợp tác xã Chè Thượng Lâm vừa được UBND "
            "tỉnh Bình Lâm công nhận đạt chuẩn OCOP 4 sao, là sản phẩm 4 sao đầu tiên "
            "của tỉnh Bình Lâm."
        ),
        "body": [
            (
                "paragraph",
                (
                    "Hợp tác xã Chè Thượng Lâm được thành lập năm 2019 với 12 thành "
                    "viên, đến nay đã có 47 thành viên, liên kết với 160 hộ trồng chè "
                    "trên diện tích 85 ha. Toàn bộ vùng nguyên liệu được sản xuất theo "
                    "tiêu chuẩn VietGAP, trong đó 20 ha đang chuyển đổi sang hướng hữu "
                    "cơ."
                ),
            ),
            (
                "image",
                (
                    "Thành viên Hợp tác xã Chè Thượng Lâm sao chè bằng chảo gang kết "
                    "hợp máy móc hiện đại"
                ),
            ),
            (
                "paragraph",
                (
                    "Để sản phẩm được nâng hạng từ 3 sao lên 4 sao, hợp tác xã đã đầu "
                    "tư gần 1,5 tỷ đồng xây dựng xưởng chế biến khép kín, hoàn thiện "
                    "hồ sơ công bố chất lượng, thiết kế lại bao bì và gắn tem truy "
                    "xuất nguồn gốc. Giá bán chè xanh loại đặc biệt hiện từ 450.000 "
                    "đến 600.000 đồng/kg."
                ),
            ),
            (
                "quote",
                (
                    "Được công nhận 4 sao là niềm tự hào nhưng cũng là áp lực, bởi mỗi "
                    "gói chè bán ra phải giữ đúng chất lượng như khi được chấm điểm."
                ),
                "Bà Lục Thị Hoa, Giám đốc Hợp tác xã Chè Thượng Lâm",
            ),
            (
                "paragraph",
                (
                    "Hiện tỉnh Bình Lâm có 21 sản phẩm OCOP còn hiệu lực, gồm 1 sản "
                    "phẩm 4 sao và 20 sản phẩm 3 sao. Tỉnh đặt mục tiêu đến cuối năm "
                    "sau có thêm ít nhất 6 sản phẩm mới, tập trung vào nhóm chè, quế, "
                    "mật ong và cây ăn quả."
                ),
            ),
        ],
        "author": "Thu Hà",
        "unit": "Trung tâm VH&TT tỉnh Bình Lâm",
        "tags": ["OCOP", "nông nghiệp"],
        "days_ago": 12,
        "hour": 9,
    },
    {
        "section": "kinh-te",
        "title": (
            "Quế hữu cơ Suối Ngang: hướng đi mới giúp đồng bào Dao vươn lên thoát nghèo"
        ),
        "lead": (
            "Từ cây quế truyền thống, nhiều hộ đồng bào Dao ở xã Suối Ngang đã chuyển "
            "sang sản xuất quế theo tiêu chuẩn hữu cơ, nâng cao giá trị và mở rộng thị "
            "trường xuất khẩu."
        ),
        "body": [
            (
                "paragraph",
                (
                    "Toàn xã Suối Ngang hiện có hơn 1.850 ha quế, trong đó 410 ha đã "
                    "được cấp chứng nhận hữu cơ thông qua liên kết với một doanh "
                    "nghiệp chế biến gia vị trong tỉnh. Các hộ tham gia cam kết không "
                    "dùng thuốc diệt cỏ, phân bón hóa học và ghi chép nhật ký sản xuất "
                    "đầy đủ."
                ),
            ),
            ("image", "Người dân thôn Pà Hồ, xã Suối Ngang bóc vỏ quế sau khai thác"),
            (
                "paragraph",
                (
                    "Nhờ được doanh nghiệp bao tiêu với giá cao hơn thị trường từ 10 "
                    "đến 15%, thu nhập của các hộ trồng quế hữu cơ tăng rõ rệt. Gia "
                    "đình anh Bàn Văn Tòng ở thôn Pà Hồ có 6 ha quế, mỗi năm thu về "
                    "khoảng 280 triệu đồng từ vỏ, lá và cành quế."
                ),
            ),
            (
                "paragraph",
                (
                    "Bên cạnh bán nguyên liệu, xã đã có 2 cơ sở chưng cất tinh dầu quế "
                    "với công suất hơn 1 tấn lá mỗi ngày. Sản phẩm tinh dầu quế Suối "
                    "Ngang đạt chứng nhận OCOP 3 sao, được bày bán tại các cửa hàng "
                    "đặc sản trong tỉnh."
                ),
            ),
            (
                "paragraph",
                (
                    "Thời gian tới, xã phấn đấu nâng diện tích quế hữu cơ lên 700 ha. "
                    "Người dân cũng được khuyến khích trồng xen cây dược liệu dưới tán "
                    "quế để tăng thu nhập trên cùng một diện tích đất."
                ),
            ),
        ],
        "author": "Văn Tiến",
        "unit": "Trung tâm VH&TT tỉnh Bình Lâm",
        "tags": ["nông nghiệp", "OCOP"],
        "days_ago": 16,
        "hour": 14,
    },
    {
        "section": "kinh-te",
        "title": (
            "Bưởi Tân Lập vào vụ thu hoạch, nhà vườn dùng mã QR truy xuất nguồn gốc"
        ),
        "lead": (
            "Những ngày giữa tháng 11, các vườn bưởi ở xã Tân Lập bước vào thu hoạch "
            "chính vụ, phục vụ thị trường cuối năm. Năm nay, lần đầu tiên toàn bộ bưởi "
            "của tổ hợp tác được dán tem truy xuất nguồn gốc bằng mã QR."
        ),
        "body": [
            (
                "paragraph",
                (
                    "Xã Tân Lập hiện có 235 ha bưởi, trong đó 160 ha đang cho thu "
                    "hoạch, chủ yếu là giống bưởi Diễn và bưởi da xanh. Sản lượng năm "
                    "nay ước đạt 2.900 tấn, giá bán tại vườn dao động từ 18.000 đến "
                    "25.000 đồng/quả tùy loại."
                ),
            ),
            (
                "image",
                (
                    "Nhà vườn ở thôn Đồng Chùa, xã Tân Lập dán tem truy xuất nguồn gốc "
                    "lên từng quả bưởi"
                ),
            ),
            (
                "paragraph",
                (
                    "Với sự hỗ trợ của Sở Nông nghiệp và Môi trường và Tổ công "
                    "nghệ số cộng "
                    "đồng, 42 hộ thuộc Tổ hợp tác bưởi Đồng Chùa đã được cấp mã số "
                    "vùng trồng, cập nhật nhật ký canh tác trên phần mềm. Khi quét mã, "
                    "khách hàng biết được tên vườn, thời điểm bón phân, phun thuốc và "
                    "ngày thu hoạch."
                ),
            ),
            (
                "quote",
                (
                    "Từ khi có tem truy xuất, thương lái ở Hà Nội đặt hàng ổn định "
                    "hơn, có mối còn chấp nhận trả thêm 2.000 đồng mỗi quả."
                ),
                "Anh Lê Văn Dũng, Tổ trưởng Tổ hợp tác bưởi Đồng Chùa",
            ),
            (
                "paragraph",
                (
                    "Đây là một trong những kết quả cụ thể của việc đưa chuyển đổi số "
                    "vào sản xuất nông nghiệp. Tỉnh Bình Lâm dự kiến nhân rộng mô hình "
                    "cho vùng chè Thượng Lâm và vùng quế Suối Ngang trong năm tới."
                ),
            ),
        ],
        "author": "Ngọc Mai",
        "unit": "Ban Văn hóa xã Tân Lập",
        "tags": ["nông nghiệp", "chuyển đổi số"],
        "days_ago": 0,
        "hour": 15,
    },
    {
        "section": "kinh-te",
        "title": "Mật ong Đồng Tâm lên sàn thương mại điện tử, doanh thu tăng gấp đôi",
        "lead": (
            "Chỉ sau 8 tháng đưa sản phẩm lên các sàn thương mại điện tử, Hợp tác xã "
            "Nuôi ong Đồng Tâm đã bán được hơn 3,2 tấn mật ong, doanh thu tăng gấp đôi "
            "so với cùng kỳ năm trước."
        ),
        "body": [
            (
                "paragraph",
                (
                    "Hợp tác xã hiện có 18 thành viên với khoảng 1.100 đàn ong nội, "
                    "được nuôi dưới tán rừng tự nhiên và vườn cây ăn quả của xã Đồng "
                    "Tâm. Trước đây, sản phẩm chủ yếu bán cho khách quen và thương "
                    "lái, giá cả bấp bênh, nhiều thời điểm tồn kho kéo dài."
                ),
            ),
            (
                "image",
                (
                    "Giám đốc Hợp tác xã Nuôi ong Đồng Tâm livestream giới thiệu sản "
                    "phẩm mật ong"
                ),
            ),
            (
                "paragraph",
                (
                    "Được Sở Công Thương tỉnh hỗ trợ tập huấn kỹ năng bán hàng trực "
                    "tuyến, hợp tác xã đã mở gian hàng trên ba sàn thương mại điện tử "
                    "và duy trì livestream vào tối thứ Bảy hằng tuần. Mỗi phiên bán "
                    "hàng có từ 300 đến 500 lượt xem, đơn hàng được gửi đi nhiều tỉnh, "
                    "thành phố."
                ),
            ),
            (
                "paragraph",
                (
                    "Để giữ uy tín, hợp tác xã công khai kết quả kiểm nghiệm của từng "
                    "lô mật, cam kết hoàn tiền nếu khách hàng phát hiện sản phẩm không "
                    "đúng chất lượng. Nhờ đó, tỷ lệ khách hàng quay lại mua đạt gần "
                    "40%."
                ),
            ),
            (
                "paragraph",
                (
                    "Thành công của hợp tác xã là minh chứng cho hiệu quả của chương "
                    "trình chuyển đổi số trong khu vực kinh tế tập thể. Cách làm này "
                    "đang mở ra hướng đi mới cho các sản phẩm OCOP khác của tỉnh."
                ),
            ),
        ],
        "author": "Hoàng Yến",
        "unit": "Ban Văn hóa xã Đồng Tâm",
        "tags": ["chuyển đổi số", "OCOP"],
        "days_ago": 28,
        "hour": 19,
    },
    {
        "section": "kinh-te",
        "title": (
            "Bình Lâm đẩy nhanh giải ngân vốn đầu tư công trong những tháng cuối năm"
        ),
        "lead": (
            "Tính đến ngày 10/11, tỉnh Bình Lâm đã giải ngân được hơn 178 tỷ đồng vốn "
            "đầu tư công, đạt 68,4% kế hoạch năm, cao hơn mức bình quân chung của tỉnh."
        ),
        "body": [
            (
                "paragraph",
                (
                    "Tổng kế hoạch vốn đầu tư công năm nay của tỉnh là 261 tỷ đồng, "
                    "được phân bổ cho 64 dự án, trong đó có 19 dự án khởi công mới. "
                    "Các dự án có tỷ lệ giải ngân cao chủ yếu là công trình đường giao "
                    "thông nông thôn, trường học và nhà văn hóa thuộc các chương trình "
                    "mục tiêu quốc gia."
                ),
            ),
            (
                "image",
                "Thi công nhà lớp học 2 tầng tại Trường Tiểu học và THCS Suối Ngang",
            ),
            (
                "paragraph",
                (
                    "Tuy nhiên, một số dự án vẫn giải ngân chậm do vướng mắc giải "
                    "phóng mặt bằng; mưa nhiều trong tháng 9 và tháng 10 cũng ảnh "
                    "hưởng đến tiến độ thi công. Một số nhà thầu chưa bố trí đủ nhân "
                    "lực, máy móc theo cam kết."
                ),
            ),
            (
                "paragraph",
                (
                    "UBND tỉnh đã thành lập 3 tổ công tác do lãnh đạo tỉnh làm tổ "
                    "trưởng, trực tiếp kiểm tra hiện trường, đôn đốc tiến độ hằng "
                    "tuần. Dự án nào chậm do nguyên nhân chủ quan của nhà thầu sẽ bị "
                    "xử lý, điều chuyển vốn sang các dự án có khả năng giải ngân tốt "
                    "hơn."
                ),
            ),
            (
                "paragraph",
                (
                    "Tỉnh phấn đấu giải ngân 100% kế hoạch vốn trước ngày 31/1 năm "
                    "sau. Các chủ đầu tư được yêu cầu hoàn thiện hồ sơ thanh toán ngay "
                    "khi có khối lượng nghiệm thu, không dồn vào cuối năm."
                ),
            ),
        ],
        "author": "Minh Anh",
        "unit": "Trung tâm VH&TT tỉnh Bình Lâm",
        "tags": ["HĐND – UBND", "hạ tầng giao thông"],
        "days_ago": 6,
        "hour": 16,
    },
    {
        "section": "kinh-te",
        "title": (
            "Xã Hợp Tiến chuyển đổi 35 ha đất lúa kém hiệu quả sang trồng cây ăn quả"
        ),
        "lead": (
            "Thực hiện chủ trương chuyển đổi cơ cấu cây trồng, xã Hợp Tiến đã chuyển "
            "35 ha đất trồng lúa một vụ, năng suất thấp sang trồng cam, ổi và thanh "
            "long ruột đỏ, bước đầu mang lại hiệu quả kinh tế rõ rệt."
        ),
        "body": [
            (
                "paragraph",
                (
                    "Phần lớn diện tích chuyển đổi là những chân ruộng cao, thiếu nước "
                    "tưới, trước đây chỉ cấy được một vụ lúa với năng suất chưa đến 40 "
                    "tạ/ha. Sau khi chuyển đổi, các hộ được hỗ trợ 50% kinh phí mua "
                    "cây giống và được cán bộ khuyến nông hướng dẫn kỹ thuật trồng, "
                    "chăm sóc."
                ),
            ),
            (
                "image",
                "Vườn ổi của gia đình ông Hoàng Văn Lợi ở thôn Khuôn Vài, xã Hợp Tiến",
            ),
            (
                "paragraph",
                (
                    "Gia đình ông Hoàng Văn Lợi ở thôn Khuôn Vài chuyển 1,2 ha ruộng "
                    "sang trồng ổi. Sau hai năm, vườn ổi cho thu hoạch quanh năm, mỗi "
                    "năm gia đình thu về khoảng 150 triệu đồng, gấp nhiều lần so với "
                    "trồng lúa."
                ),
            ),
            (
                "paragraph",
                (
                    "Để việc chuyển đổi bền vững, xã khuyến khích người dân liên kết "
                    "thành tổ hợp tác, sản xuất theo tiêu chuẩn VietGAP và gắn với "
                    "tiêu thụ. Xã cũng đang đề xuất tỉnh hỗ trợ xây dựng hệ thống "
                    "tưới tiết kiệm nước cho vùng cây ăn quả tập trung."
                ),
            ),
        ],
        "author": "Đức Thắng",
        "unit": "Trung tâm VH&TT tỉnh Bình Lâm",
        "tags": ["nông nghiệp", "nông thôn mới"],
        "days_ago": 42,
        "hour": 10,
    },
    {
        "section": "van-hoa-xa-hoi",
        "title": (
            "Khai giảng lớp xóa mù chữ cho 35 học viên người Mông tại thôn Pà Hồ, xã "
            "Suối Ngang"
        ),
        "lead": (
            "Tối 20/10, tại điểm trường thôn Pà Hồ, Trường Tiểu học Suối Ngang phối "
            "hợp với UBND xã tổ chức khai giảng lớp xóa mù chữ cho 35 học viên là "
            "người dân tộc Mông trong độ tuổi từ 15 đến 55."
        ),
        "body": [
            (
                "paragraph",
                (
                    "Lớp học được tổ chức vào buổi tối, 4 buổi mỗi tuần, để người dân "
                    "có thời gian lên nương, làm rẫy ban ngày. Học viên được học đọc, "
                    "viết, làm tính, kết hợp với các kiến thức về pháp luật, chăm sóc "
                    "sức khỏe và kỹ thuật trồng trọt, chăn nuôi."
                ),
            ),
            (
                "image",
                (
                    "Giáo viên hướng dẫn học viên lớp xóa mù chữ thôn Pà Hồ tập viết "
                    "những nét chữ đầu tiên"
                ),
            ),
            (
                "paragraph",
                (
                    "Chị Thào Thị Dua, 34 tuổi, học viên của lớp, chia sẻ chị mong "
                    "biết chữ để đọc được hướng dẫn sử dụng thuốc, tự ký giấy tờ khi "
                    "đi làm thủ tục và kèm con học bài. Nhiều học viên lớn tuổi cũng "
                    "cho biết sẽ cố gắng đi học đầy đủ để theo kịp cuộc sống hiện đại."
                ),
            ),
            (
                "paragraph",
                (
                    "Lớp học kéo dài 9 tháng, toàn bộ sách vở, đồ dùng học tập được hỗ "
                    "trợ miễn phí từ nguồn kinh phí của Chương trình mục tiêu quốc "
                    "gia. Năm học này, tỉnh Bình Lâm mở 4 lớp xóa mù chữ với tổng số "
                    "128 học viên tại các xã vùng cao."
                ),
            ),
        ],
        "author": "Lan Phương",
        "unit": "Trung tâm VH&TT tỉnh Bình Lâm",
        "tags": ["giáo dục"],
        "days_ago": 27,
        "hour": 21,
    },
    {
        "section": "van-hoa-xa-hoi",
        "title": (
            "Tỉnh Bình Lâm tuyên dương 126 học sinh đạt thành tích cao trong kỳ thi "
            "tốt nghiệp THPT"
        ),
        "lead": (
            "Ngày 19/9, UBND tỉnh Bình Lâm tổ chức lễ tuyên dương, khen thưởng học "
            "sinh giỏi và học sinh đạt kết quả cao trong kỳ thi tốt nghiệp trung học "
            "phổ thông năm nay."
        ),
        "body": [
            (
                "paragraph",
                (
                    "Kỳ thi tốt nghiệp THPT vừa qua, toàn tỉnh có 1.146 thí sinh dự "
                    "thi tại 3 điểm thi, tỷ lệ đỗ tốt nghiệp đạt 98,6%, tăng 1,2 điểm "
                    "phần trăm so với năm trước. Trường THPT Bình Lâm có 18 em "
                    "đạt tổng "
                    "điểm ba môn xét tuyển từ 27 điểm trở lên."
                ),
            ),
            (
                "image",
                (
                    "Lãnh đạo tỉnh trao thưởng cho các học sinh đạt thành tích cao "
                    "tại buổi lễ"
                ),
            ),
            (
                "paragraph",
                (
                    "Em Nông Thị Ngọc Ánh, học sinh Trường THPT Bình Lâm, đạt 28,75 "
                    "điểm khối A00, là thủ khoa của tỉnh và đã trúng tuyển vào một "
                    "trường đại học kỹ thuật tại Hà Nội. Ánh là con gái của một gia "
                    "đình nông dân ở xã Phú Thịnh, nhiều năm liền đạt danh hiệu học "
                    "sinh giỏi cấp tỉnh."
                ),
            ),
            (
                "paragraph",
                (
                    "Tại buổi lễ, UBND tỉnh và Hội Khuyến học tỉnh đã trao thưởng "
                    "cho 126 học sinh với tổng số tiền hơn 150 triệu đồng. Nhiều doanh "
                    "nghiệp trên địa bàn cũng trao học bổng cho học sinh nghèo vượt "
                    "khó học giỏi."
                ),
            ),
            (
                "paragraph",
                (
                    "Lãnh đạo tỉnh ghi nhận sự nỗ lực của thầy và trò các nhà trường, "
                    "đồng thời đề nghị ngành giáo dục tiếp tục đổi mới phương pháp dạy "
                    "học. Các trường cần quan tâm hơn nữa tới chất lượng giáo dục ở "
                    "các xã vùng cao, nơi học sinh còn nhiều thiệt thòi."
                ),
            ),
        ],
        "author": "Thu Hà",
        "unit": "Trung tâm VH&TT tỉnh Bình Lâm",
        "tags": ["giáo dục"],
        "days_ago": 58,
        "hour": 10,
    },
    {
        "section": "van-hoa-xa-hoi",
        "title": (
            "Hơn 2.400 trẻ em tỉnh Bình Lâm được tiêm bổ sung vắc xin sởi – rubella"
        ),
        "lead": (
            "Từ ngày 14 đến 25/10, Trung tâm Y tế tỉnh Bình Lâm phối hợp với trạm y tế "
            "các xã, phường tổ chức chiến dịch tiêm bổ sung vắc xin sởi – rubella "
            "cho trẻ từ 1 đến 5 tuổi."
        ),
        "body": [
            (
                "paragraph",
                (
                    "Qua rà soát, toàn tỉnh có 2.468 trẻ thuộc diện tiêm bổ sung, "
                    "trong đó nhiều trẻ ở các thôn vùng cao chưa tiêm đủ mũi do gia "
                    "đình đi làm ăn xa hoặc đi lại khó khăn. Chiến dịch được tổ chức "
                    "tại 28 điểm tiêm cố định ở trạm y tế và điểm trường, cùng 9 điểm "
                    "tiêm lưu động tại các thôn xa."
                ),
            ),
            (
                "image",
                "Nhân viên Trạm Y tế xã Minh Khai khám sàng lọc cho trẻ trước khi tiêm",
            ),
            (
                "paragraph",
                (
                    "Để không bỏ sót đối tượng, nhân viên y tế thôn, bản đã đến từng "
                    "nhà thông báo lịch tiêm, phát tờ rơi bằng tiếng phổ thông và "
                    "tiếng Dao. Đài truyền thanh các xã phát thông báo hai lần mỗi "
                    "ngày. Kết thúc chiến dịch, tỷ lệ trẻ được tiêm đạt 98,3%, không "
                    "ghi nhận trường hợp phản ứng nặng sau tiêm."
                ),
            ),
            (
                "quote",
                (
                    "Tiêm đủ mũi là cách bảo vệ tốt nhất cho trẻ trước mùa đông xuân; "
                    "gia đình nào còn con chưa tiêm thì đưa cháu đến trạm y tế để được "
                    "tiêm bù."
                ),
                "Bác sĩ Nguyễn Thị Lan, Giám đốc Trung tâm Y tế tỉnh Bình Lâm",
            ),
            (
                "paragraph",
                (
                    "Trung tâm Y tế tỉnh khuyến cáo người dân theo dõi sức khỏe của "
                    "trẻ. Khi trẻ có biểu hiện sốt, phát ban, ho, chảy mũi, gia đình "
                    "cần đưa trẻ đến cơ sở y tế gần nhất để được khám và xử trí kịp "
                    "thời."
                ),
            ),
        ],
        "author": "Ngọc Mai",
        "unit": "Trung tâm VH&TT tỉnh Bình Lâm",
        "tags": ["y tế"],
        "days_ago": 22,
        "hour": 15,
    },
    {
        "section": "van-hoa-xa-hoi",
        "title": (
            "Bàn giao 15 nhà Đại đoàn kết cho hộ nghèo xã Minh Khai trước mùa đông"
        ),
        "lead": (
            "Ngày 12/11, Ủy ban Mặt trận Tổ quốc tỉnh Bình Lâm phối hợp với UBND xã "
            "Minh Khai tổ chức bàn giao 15 ngôi nhà Đại đoàn kết cho các hộ nghèo, hộ "
            "có hoàn cảnh đặc biệt khó khăn."
        ),
        "body": [
            (
                "paragraph",
                (
                    "Mỗi ngôi nhà có diện tích từ 45 đến 60 m², kết cấu khung bê tông, "
                    "tường xây, mái lợp tôn chống nóng, được hỗ trợ 60 triệu đồng từ "
                    "Quỹ “Vì người nghèo” các cấp và nguồn xã hội hóa. Phần còn lại do "
                    "gia đình, dòng họ đóng góp cùng hơn 700 ngày công của đoàn viên "
                    "thanh niên, hội viên phụ nữ và dân quân xã."
                ),
            ),
            (
                "image",
                (
                    "Đại diện lãnh đạo tỉnh trao quyết định bàn giao nhà Đại đoàn kết "
                    "cho gia đình bà Đặng Thị Xuân ở thôn Khe Lim"
                ),
            ),
            (
                "paragraph",
                (
                    "Bà Đặng Thị Xuân, 67 tuổi, ở thôn Khe Lim, xã Minh Khai, nhiều "
                    "năm sống một mình trong căn nhà gỗ tạm đã mục nát. Nhận chìa khóa "
                    "ngôi nhà mới, bà xúc động cho biết từ nay không còn lo cảnh dột "
                    "nát mỗi khi mưa bão."
                ),
            ),
            (
                "quote",
                (
                    "Có nhà mới rồi, tôi yên tâm lắm, chỉ mong sức khỏe tốt để nuôi "
                    "thêm đàn gà, trồng thêm luống rau mà sống."
                ),
                "Bà Đặng Thị Xuân, thôn Khe Lim, xã Minh Khai",
            ),
            (
                "paragraph",
                (
                    "Từ đầu năm đến nay, tỉnh Bình Lâm đã hỗ trợ xây mới, sửa chữa 138 "
                    "nhà cho hộ nghèo, hộ cận nghèo, đạt 92% kế hoạch. Số nhà còn lại "
                    "sẽ hoàn thành trước ngày 31/12, bảo đảm mục tiêu xóa nhà tạm, nhà "
                    "dột nát trên địa bàn."
                ),
            ),
        ],
        "author": "Đức Thắng",
        "unit": "Trung tâm VH&TT tỉnh Bình Lâm",
        "tags": ["an sinh xã hội"],
        "days_ago": 4,
        "hour": 17,
    },
    {
        "section": "van-hoa-xa-hoi",
        "title": (
            "Liên hoan văn nghệ quần chúng tỉnh Bình Lâm quy tụ 16 đội với gần 400 "
            "diễn viên"
        ),
        "lead": (
            "Tối 19/10, tại Nhà văn hóa trung tâm tỉnh, Trung tâm Văn hóa và Truyền "
            "thông tỉnh Bình Lâm tổ chức Liên hoan văn nghệ quần chúng với chủ đề “Hòa "
            "Sơn – Khúc ca quê hương”."
        ),
        "body": [
            (
                "paragraph",
                (
                    "Tham gia liên hoan có 16 đội văn nghệ đến từ các xã, phường và "
                    "cơ quan, trường học với gần 400 diễn viên không chuyên. Mỗi đội "
                    "trình diễn 3 tiết mục gồm hát, múa và một tiết mục dân ca, dân vũ "
                    "đặc trưng của dân tộc mình."
                ),
            ),
            (
                "image",
                "Tiết mục múa chuông của đội văn nghệ xã Suối Ngang tại liên hoan",
            ),
            (
                "paragraph",
                (
                    "Nhiều tiết mục được dàn dựng công phu, mang đậm bản sắc như hát "
                    "then, đàn tính của đội xã Thượng Lâm, múa chuông của đồng bào Dao "
                    "xã Suối Ngang hay điệu khèn Mông của đội xã Minh Khai. Bên cạnh "
                    "đó là những ca khúc mới ca ngợi quê hương đổi mới và phong trào "
                    "xây dựng nông thôn mới."
                ),
            ),
            (
                "paragraph",
                (
                    "Ban Tổ chức đã trao 2 giải A cho đội xã Thượng Lâm và đội thị "
                    "trấn Bình Lâm; 4 giải B, 6 giải C cùng nhiều giải cho tiết mục "
                    "xuất sắc. Liên hoan là dịp phát hiện các hạt nhân văn nghệ ở cơ "
                    "sở, góp phần bảo tồn và phát huy giá trị văn hóa truyền thống của "
                    "các dân tộc trong tỉnh."
                ),
            ),
        ],
        "author": "Hoàng Yến",
        "unit": "Trung tâm VH&TT tỉnh Bình Lâm",
        "tags": ["văn hóa – thể thao"],
        "days_ago": 28,
        "hour": 21,
    },
    {
        "section": "van-hoa-xa-hoi",
        "title": "Nghệ nhân thôn Khe Cọ truyền dạy hát then, đàn tính cho thế hệ trẻ",
        "lead": (
            "Mỗi tối thứ Ba và thứ Sáu, nhà văn hóa thôn Khe Cọ, xã Thượng Lâm lại rộn "
            "ràng tiếng đàn tính, câu hát then của lớp học do nghệ nhân Ma Thị Diệp "
            "trực tiếp truyền dạy."
        ),
        "body": [
            (
                "paragraph",
                (
                    "Lớp học được Câu lạc bộ hát then – đàn tính xã Thượng Lâm mở từ "
                    "đầu tháng 9, với 24 học viên, người nhỏ tuổi nhất mới 9 tuổi, lớn "
                    "nhất ngoài 60. Học viên được học cách lên dây, bấm phím, các làn "
                    "điệu then cổ và then mới ca ngợi quê hương."
                ),
            ),
            (
                "image",
                "Nghệ nhân Ma Thị Diệp hướng dẫn các em học sinh cách cầm đàn tính",
            ),
            (
                "paragraph",
                (
                    "Năm nay 72 tuổi, bà Diệp đã có hơn 50 năm gắn bó với hát then. Bà "
                    "còn tự tay chép lại hơn 40 bài then cổ vào sổ để truyền cho con "
                    "cháu, tránh bị thất truyền."
                ),
            ),
            (
                "quote",
                (
                    "Then là hồn của người Tày; còn người học thì then còn sống, tôi "
                    "còn sức ngày nào thì còn dạy ngày đó."
                ),
                "Nghệ nhân Ma Thị Diệp, thôn Khe Cọ, xã Thượng Lâm",
            ),
            (
                "paragraph",
                (
                    "Toàn tỉnh hiện có 9 câu lạc bộ hát then – đàn tính với hơn 200 "
                    "thành viên. Tỉnh đang phối hợp với các trường học đưa hát then "
                    "vào hoạt động ngoại khóa, đồng thời ghi hình, số hóa các làn điệu "
                    "để lưu giữ lâu dài."
                ),
            ),
        ],
        "author": "Lan Phương",
        "unit": "Ban Văn hóa xã Thượng Lâm",
        "tags": ["văn hóa – thể thao"],
        "days_ago": 36,
        "hour": 19,
    },
    {
        "section": "van-hoa-xa-hoi",
        "title": (
            "Tỉnh Bình Lâm trao 120 con bò giống hỗ trợ sinh kế cho hộ nghèo vùng cao"
        ),
        "lead": (
            "Ngày 6/11, UBND tỉnh Bình Lâm tổ chức trao hỗ trợ 120 con bò sinh sản cho "
            "các hộ nghèo, hộ cận nghèo tại 5 xã vùng cao từ nguồn vốn Chương trình "
            "mục tiêu quốc gia giảm nghèo bền vững."
        ),
        "body": [
            (
                "paragraph",
                (
                    "Mỗi hộ được nhận một con bò cái giống lai trọng lượng từ 150 kg "
                    "trở lên, trị giá khoảng 17 triệu đồng; hộ tham gia đối ứng làm "
                    "chuồng trại và trồng cỏ. Trước khi nhận bò, các hộ đã được tập "
                    "huấn kỹ thuật chăm sóc, phòng bệnh cho gia súc trong mùa đông."
                ),
            ),
            (
                "image",
                "Các hộ nghèo xã Thượng Lâm nhận bò giống hỗ trợ phát triển sinh kế",
            ),
            (
                "paragraph",
                (
                    "Năm nay, tỉnh Bình Lâm đặt mục tiêu giảm tỷ lệ hộ nghèo từ 14,6% "
                    "xuống còn 11,1%. Đến nay, toàn tỉnh đã triển khai 37 dự án hỗ "
                    "trợ phát triển sản xuất, đa dạng hóa sinh kế với hơn 1.600 hộ "
                    "tham gia; Ngân hàng Chính sách xã hội tỉnh đã giải ngân 42 tỷ "
                    "đồng vốn vay ưu đãi."
                ),
            ),
            (
                "paragraph",
                (
                    "Tỉnh yêu cầu các xã phân công cán bộ theo dõi, hướng dẫn các hộ "
                    "chăm sóc bò đúng kỹ thuật. Các xã cũng thực hiện cơ chế luân "
                    "chuyển bê con cho hộ khác trong cộng đồng để nhân rộng hiệu quả "
                    "hỗ trợ."
                ),
            ),
        ],
        "author": "Minh Anh",
        "unit": "Trung tâm VH&TT tỉnh Bình Lâm",
        "tags": ["an sinh xã hội", "nông nghiệp"],
        "days_ago": 10,
        "hour": 11,
    },
    {
        "section": "quoc-phong-an-ninh",
        "title": (
            "Diễn tập phòng cháy, chữa cháy và cứu nạn tại chợ trung tâm phường Hòa Sơn"
        ),
        "lead": (
            "Sáng 13/11, Công an tỉnh Bình Lâm phối hợp với UBND phường Hòa Sơn tổ "
            "chức diễn tập phương án chữa cháy và cứu nạn, cứu hộ có huy động nhiều "
            "lực lượng, phương tiện tại chợ trung tâm phường."
        ),
        "body": [
            (
                "paragraph",
                (
                    "Theo tình huống giả định, lúc 9 giờ, tại một ki-ốt bán quần áo "
                    "trong khu chợ xảy ra cháy do chập điện, đám cháy nhanh chóng lan "
                    "sang các ki-ốt bên cạnh, có 2 người bị mắc kẹt. Lực lượng phòng "
                    "cháy chữa cháy cơ sở đã dùng bình chữa cháy, vòi nước để khống "
                    "chế đám cháy ban đầu và báo tin cho cơ quan công an."
                ),
            ),
            (
                "image",
                (
                    "Cảnh sát phòng cháy chữa cháy phun nước dập đám cháy giả định tại "
                    "chợ trung tâm phường"
                ),
            ),
            (
                "paragraph",
                (
                    "Ngay sau khi nhận tin báo, lực lượng cảnh sát phòng cháy chữa "
                    "cháy và cứu nạn, cứu hộ cùng 2 xe chữa cháy đã có mặt, triển khai "
                    "đội hình dập tắt đám cháy, đưa người bị nạn ra ngoài và sơ cứu. "
                    "Hơn 120 người đã tham gia buổi diễn tập."
                ),
            ),
            (
                "paragraph",
                (
                    "Hiện chợ trung tâm phường có 236 ki-ốt, phần lớn kinh doanh "
                    "hàng dễ cháy như vải, quần áo, đồ nhựa. Qua diễn tập, các tiểu "
                    "thương được trang bị thêm kỹ năng xử lý sự cố cháy, sử dụng "
                    "phương tiện chữa cháy tại chỗ và thoát nạn an toàn."
                ),
            ),
            (
                "paragraph",
                (
                    "Công an tỉnh khuyến cáo các hộ kinh doanh thường xuyên kiểm tra "
                    "hệ thống điện, không để hàng hóa lấn chiếm lối thoát nạn. Trước "
                    "khi rời khỏi ki-ốt, tiểu thương cần ngắt toàn bộ thiết bị điện."
                ),
            ),
        ],
        "author": "Văn Tiến",
        "unit": "Trung tâm VH&TT tỉnh Bình Lâm",
        "tags": ["an ninh trật tự"],
        "days_ago": 3,
        "hour": 11,
    },
    {
        "section": "quoc-phong-an-ninh",
        "title": (
            "Công an tỉnh Bình Lâm xử lý 517 trường hợp vi phạm an toàn giao thông "
            "trong tháng 10"
        ),
        "lead": (
            "Trong tháng 10, lực lượng Cảnh sát giao thông Công an tỉnh Bình Lâm đã "
            "tăng cường tuần tra, kiểm soát, phát hiện và xử lý 517 trường hợp vi phạm "
            "trật tự an toàn giao thông, phạt tiền hơn 820 triệu đồng."
        ),
        "body": [
            (
                "paragraph",
                (
                    "Các lỗi vi phạm chủ yếu là điều khiển phương tiện khi trong máu "
                    "hoặc hơi thở có nồng độ cồn, không đội mũ bảo hiểm, chạy quá tốc "
                    "độ và chở hàng quá tải trọng. Lực lượng chức năng đã tạm giữ 96 "
                    "xe mô tô, tước giấy phép lái xe có thời hạn đối với 41 trường hợp."
                ),
            ),
            (
                "image",
                (
                    "Tổ công tác Công an tỉnh kiểm tra nồng độ cồn người điều khiển "
                    "phương tiện trên quốc lộ đoạn qua phường Hòa Sơn"
                ),
            ),
            (
                "paragraph",
                (
                    "Đáng chú ý, tình trạng học sinh chưa đủ tuổi điều khiển xe mô tô "
                    "đến trường vẫn còn xảy ra. Công an tỉnh đã phối hợp với các nhà "
                    "trường gửi thông báo về gia đình, đồng thời tổ chức cho phụ huynh "
                    "ký cam kết không giao xe cho con em chưa đủ điều kiện."
                ),
            ),
            (
                "paragraph",
                (
                    "Nhờ các giải pháp đồng bộ, tháng 10 trên địa bàn tỉnh xảy ra 2 "
                    "vụ tai nạn giao thông, giảm 3 vụ so với cùng kỳ, không có người "
                    "tử vong. Dịp cuối năm, Công an tỉnh sẽ tiếp tục ra quân đợt cao "
                    "điểm, tập trung kiểm soát tại các tuyến đường giao thông trọng "
                    "điểm và khu vực tổ chức lễ hội."
                ),
            ),
        ],
        "author": "Minh Anh",
        "unit": "Trung tâm VH&TT tỉnh Bình Lâm",
        "tags": ["an toàn giao thông"],
        "days_ago": 14,
        "hour": 7,
    },
    {
        "section": "quoc-phong-an-ninh",
        "title": (
            "Diễn tập chiến đấu phòng thủ xã Minh Khai được đánh giá đạt loại giỏi"
        ),
        "lead": (
            "Ngày 31/10, xã Minh Khai tổ chức thành công cuộc diễn tập chiến đấu phòng "
            "thủ năm nay dưới sự chỉ đạo của Ban Chỉ huy Quân sự tỉnh Bình Lâm, được "
            "Ban Chỉ đạo diễn tập đánh giá đạt loại giỏi."
        ),
        "body": [
            (
                "paragraph",
                (
                    "Cuộc diễn tập nhằm nâng cao năng lực lãnh đạo của Đảng ủy, điều "
                    "hành của UBND xã và khả năng hiệp đồng giữa dân quân, công an xã "
                    "với các đoàn thể trong xử lý các tình huống quốc phòng, an ninh. "
                    "Trong 2 ngày, các lực lượng đã thực hành xử lý 9 tình huống, "
                    "trong đó có tình huống giả định về phòng chống thiên tai, cứu hộ "
                    "cứu nạn."
                ),
            ),
            (
                "image",
                (
                    "Lực lượng dân quân xã Minh Khai thực hành xử lý tình huống trong "
                    "cuộc diễn tập"
                ),
            ),
            (
                "paragraph",
                (
                    "Tham gia diễn tập có hơn 180 người thuộc các lực lượng dân quân "
                    "thường trực, dân quân cơ động, công an xã và các tổ chức chính "
                    "trị – xã hội. Các văn kiện được chuẩn bị chu đáo, sát với thực tế "
                    "địa bàn; các bước chuyển trạng thái được thực hiện đúng quy trình."
                ),
            ),
            (
                "quote",
                (
                    "Diễn tập không chỉ để kiểm tra năng lực chỉ huy, mà còn giúp mỗi "
                    "người dân hiểu rõ vai trò của mình khi có tình huống xảy ra trên "
                    "quê hương."
                ),
                "Ông Lường Văn Tuyên, Bí thư Đảng ủy xã Minh Khai",
            ),
            (
                "paragraph",
                (
                    "Phát biểu tổng kết, đại diện Ban Chỉ đạo đánh giá cao tinh thần "
                    "chủ động của Đảng ủy xã Minh Khai, đồng thời đề nghị xã rút kinh "
                    "nghiệm, bổ sung phương án tác chiến. Xã cần tiếp tục xây dựng thế "
                    "trận lòng dân vững chắc gắn với phát triển kinh tế – xã hội của "
                    "địa phương."
                ),
            ),
        ],
        "author": "Quốc Khánh",
        "unit": "Trung tâm VH&TT tỉnh Bình Lâm",
        "tags": ["quốc phòng", "xây dựng Đảng"],
        "days_ago": 16,
        "hour": 17,
    },
    {
        "section": "quoc-phong-an-ninh",
        "title": (
            "Xã Đồng Tâm lắp đặt 32 camera an ninh, góp phần giữ bình yên thôn bản"
        ),
        "lead": (
            "Từ nguồn xã hội hóa, Công an xã Đồng Tâm đã phối hợp với Ủy ban Mặt trận "
            "Tổ quốc xã vận động nhân dân lắp đặt 32 camera an ninh tại các trục đường "
            "chính, ngã ba và khu vực đông dân cư."
        ),
        "body": [
            (
                "paragraph",
                (
                    "Tổng kinh phí lắp đặt khoảng 190 triệu đồng, do các hộ gia đình, "
                    "hộ kinh doanh và con em xa quê đóng góp. Hệ thống camera được kết "
                    "nối về điểm giám sát đặt tại trụ sở Công an xã và trên điện thoại "
                    "của trưởng các thôn, giúp theo dõi tình hình 24/24 giờ."
                ),
            ),
            (
                "image",
                (
                    "Cán bộ Công an xã Đồng Tâm theo dõi hình ảnh từ hệ thống camera "
                    "an ninh"
                ),
            ),
            (
                "paragraph",
                (
                    "Sau 5 tháng vận hành, hình ảnh từ camera đã giúp Công an xã làm "
                    "rõ 3 vụ trộm cắp tài sản, xác minh 2 vụ tai nạn giao thông và tìm "
                    "lại 1 chiếc xe máy bị mất. Tình trạng đổ rác thải không đúng nơi "
                    "quy định dọc tuyến đường liên thôn cũng giảm hẳn."
                ),
            ),
            (
                "paragraph",
                (
                    "Phát huy hiệu quả mô hình, UBND xã Đồng Tâm lên kế hoạch lắp đặt "
                    "thêm 15 camera tại các khu vực giáp ranh và bến đò. Mô hình đang "
                    "được Công an tỉnh khảo sát để nhân rộng tại các xã khác, góp "
                    "phần thực hiện chuyển đổi số trong bảo đảm an ninh trật tự ở cơ "
                    "sở."
                ),
            ),
        ],
        "author": "Đức Thắng",
        "unit": "Ban Văn hóa xã Đồng Tâm",
        "tags": ["an ninh trật tự", "chuyển đổi số"],
        "days_ago": 30,
        "hour": 10,
    },
]

PHOTO_STORIES = [
    {
        "section": "tin-anh",
        "title": "Mùa vàng trên ruộng bậc thang xã Phú Thịnh",
        "intro": (
            "Giữa tháng 10, những thửa ruộng bậc thang ở thôn Nà Lầu và Cốc Phường, xã "
            "Phú Thịnh khoác lên mình màu vàng óng của lúa chín. Đây cũng là thời điểm "
            "bà con tất bật thu hoạch và nhiều người yêu nhiếp ảnh tìm về ghi lại "
            "khoảnh khắc mùa vàng."
        ),
        "photos": [
            (
                "Những thửa ruộng bậc thang uốn lượn quanh sườn đồi thôn Nà Lầu trong "
                "nắng sớm."
            ),
            (
                "Bà con thôn Cốc Phường gặt lúa bằng liềm trên những thửa ruộng nhỏ mà "
                "máy gặt không vào được."
            ),
            (
                "Những gùi lúa nặng trĩu được phụ nữ trong thôn cõng từ ruộng về nhà "
                "theo lối mòn ven đồi."
            ),
            "Trẻ em trong thôn vui đùa bên những đống rơm vàng sau ngày thu hoạch.",
            (
                "Du khách dừng chân chụp ảnh tại điểm ngắm cảnh do xã Phú Thịnh mới "
                "xây dựng bên đường liên thôn."
            ),
        ],
        "author": "Quốc Khánh",
        "unit": "Đài Truyền thanh xã Phú Thịnh",
        "tags": ["nông nghiệp", "nông thôn mới"],
        "days_ago": 32,
        "hour": 8,
    },
    {
        "section": "tin-anh",
        "title": "Bình Lâm khắc phục hậu quả mưa lũ, sớm ổn định đời sống người dân",
        "intro": (
            "Sau đợt mưa lớn cuối tháng 9, các lực lượng quân sự, công an, đoàn viên "
            "thanh niên cùng người dân tỉnh Bình Lâm đã khẩn trương khắc phục hậu quả. "
            "Chỉ sau ba ngày, các tuyến đường bị sạt lở đã được thông xe tạm thời và "
            "học sinh vùng cao trở lại trường."
        ),
        "photos": [
            (
                "Máy xúc san gạt đất đá sạt lở trên tuyến đường đi thôn Nậm Khạo, xã "
                "Suối Ngang."
            ),
            (
                "Dân quân xã Thượng Lâm giúp gia đình ông Triệu Văn Quý dọn bùn đất "
                "trong nhà sau lũ."
            ),
            (
                "Đoàn viên thanh niên lau rửa bàn ghế, sách vở tại điểm trường thôn "
                "Khe Cọ bị nước tràn vào."
            ),
            (
                "Cán bộ nông nghiệp hướng dẫn người dân xã Minh Khai tháo nước, chăm "
                "sóc diện tích lúa bị ngập úng."
            ),
            (
                "Lãnh đạo tỉnh trao tiền hỗ trợ khẩn cấp cho các hộ có nhà bị hư hỏng "
                "do mưa lũ."
            ),
            (
                "Học sinh Trường Tiểu học Suối Ngang vui mừng trong ngày trở lại lớp "
                "sau đợt nghỉ tránh lũ."
            ),
        ],
        "author": "Văn Tiến",
        "unit": "Trung tâm VH&TT tỉnh Bình Lâm",
        "tags": ["phòng chống thiên tai", "an sinh xã hội"],
        "days_ago": 46,
        "hour": 15,
    },
    {
        "section": "tin-anh",
        "title": (
            "Những khoảnh khắc ấn tượng tại Đại hội Thể dục thể thao tỉnh Bình Lâm lần "
            "thứ IX"
        ),
        "intro": (
            "Bốn ngày tranh tài sôi nổi tại Đại hội Thể dục thể thao tỉnh Bình Lâm lần "
            "thứ IX đã để lại nhiều khoảnh khắc đẹp về tinh thần thể thao và tình đoàn "
            "kết. Các môn thể thao dân tộc như kéo co, bắn nỏ, đẩy gậy luôn thu hút "
            "đông đảo khán giả đến cổ vũ."
        ),
        "photos": [
            (
                "Các vận động viên nữ xã Suối Ngang dồn hết sức trong trận chung kết "
                "kéo co."
            ),
            "Vận động viên xã Thượng Lâm tập trung cao độ trước khi bắn nỏ.",
            (
                "Pha bật nhảy đập bóng trong trận bóng chuyền hơi giữa đội phường "
                "Bình Lâm và đội xã Tân Lập."
            ),
            "Khán giả nhí hào hứng cổ vũ đội nhà bên đường chạy việt dã.",
            (
                "Ban Tổ chức trao cờ giải nhất toàn đoàn cho đoàn vận động viên thị "
                "trấn Bình Lâm."
            ),
        ],
        "author": "Ngọc Mai",
        "unit": "Trung tâm VH&TT tỉnh Bình Lâm",
        "tags": ["văn hóa – thể thao"],
        "days_ago": 18,
        "hour": 20,
    },
]

COMMUNES = [
    {
        "host": "xa-a.localhost",
        "name": "Xã Tân Lập",
        "unit": "Ủy ban nhân dân xã Tân Lập",
        "address": "Thôn Trung Tâm, xã Tân Lập, tỉnh Bình Lâm",
        "phone": "0209 3 862 101",
        "accounts": "xa-a",
        "sections": [
            {
                "slug": "tin-tuc",
                "title": "Tin tức",
                "intro": "Hoạt động của Đảng ủy, HĐND, UBND và các thôn xã Tân Lập.",
                "children": [],
            },
            {
                "slug": "thong-bao",
                "title": "Thông báo",
                "intro": "Lịch tiếp dân, lịch tiêm chủng và các thông báo của xã.",
                "children": [],
            },
        ],
        "articles": [
            {
                "section": "tin-tuc",
                "title": "Tân Lập khánh thành nhà văn hóa thôn Đồng Bưởi",
                "lead": (
                    "Sau bốn tháng thi công bằng vốn ngân sách và công sức của bà "
                    "con, thôn Đồng Bưởi đã có nhà văn hóa mới rộng 180 chỗ ngồi."
                ),
                "body": [
                    (
                        "paragraph",
                        "Công trình có tổng kinh phí gần 1,4 tỷ đồng, trong đó người "
                        "dân trong thôn góp hơn 300 triệu đồng và hơn 600 ngày công. "
                        "Khuôn viên có sân bóng chuyền, cây xanh và khu vui chơi cho "
                        "trẻ em.",
                    ),
                    ("image", "Bà con thôn Đồng Bưởi dự lễ khánh thành nhà văn hóa"),
                    (
                        "paragraph",
                        "Ban công tác Mặt trận thôn sẽ dùng nhà văn hóa cho các buổi "
                        "họp thôn, lớp tập huấn trồng bưởi và sinh hoạt câu lạc bộ "
                        "dân ca vào tối thứ bảy hằng tuần.",
                    ),
                ],
                "author": "Hồng Nhung",
                "unit": "UBND xã Tân Lập",
                "tags": ["nông thôn mới", "văn hóa"],
                "days_ago": 2,
                "hour": 9,
                "proposal": "accepted",
            },
            {
                "section": "tin-tuc",
                "title": "Bưởi Tân Lập vào vụ, thương lái đặt mua tại vườn",
                "lead": (
                    "Gần 160 ha bưởi của xã bước vào vụ thu hoạch; nhờ mã vùng "
                    "trồng, nhiều hộ bán được giá cao hơn năm trước."
                ),
                "body": [
                    (
                        "paragraph",
                        "Hợp tác xã Bưởi Tân Lập ký hợp đồng bao tiêu 300 tấn với hai "
                        "doanh nghiệp trong tỉnh. Mỗi quả đạt chuẩn được dán tem truy "
                        "xuất nguồn gốc trước khi rời vườn.",
                    ),
                    ("image", "Xã viên hợp tác xã phân loại bưởi ngay tại vườn"),
                ],
                "author": "Hồng Nhung",
                "unit": "UBND xã Tân Lập",
                "tags": ["OCOP", "nông nghiệp"],
                "days_ago": 5,
                "hour": 15,
                "proposal": "accepted",
            },
            {
                "section": "thong-bao",
                "title": "Lịch tiếp công dân của Chủ tịch UBND xã Tân Lập tháng này",
                "lead": (
                    "Chủ tịch UBND xã tiếp công dân vào sáng thứ năm tuần thứ hai "
                    "và tuần thứ tư, tại phòng tiếp dân của trụ sở xã."
                ),
                "body": [
                    (
                        "paragraph",
                        "Người dân có thể đăng ký trước qua số điện thoại của văn "
                        "phòng UBND xã hoặc gửi đơn tại Bộ phận một cửa.",
                    ),
                    ("image", "Phòng tiếp công dân tại trụ sở UBND xã Tân Lập"),
                ],
                "author": "Văn phòng UBND xã",
                "unit": "UBND xã Tân Lập",
                "tags": ["tiếp công dân"],
                "days_ago": 8,
                "hour": 8,
            },
        ],
    },
    {
        "host": "xa-b.localhost",
        "name": "Xã Phú Thịnh",
        "unit": "Ủy ban nhân dân xã Phú Thịnh",
        "address": "Thôn Phú Thượng, xã Phú Thịnh, tỉnh Bình Lâm",
        "phone": "0209 3 862 202",
        "accounts": "xa-b",
        "sections": [
            {
                "slug": "tin-tuc",
                "title": "Tin tức",
                "intro": "Tin hoạt động của chính quyền và nhân dân xã Phú Thịnh.",
                "children": [],
            },
            {
                "slug": "doi-song",
                "title": "Đời sống",
                "intro": "Câu chuyện làng nghề, giáo dục và y tế ở Phú Thịnh.",
                "children": [],
            },
        ],
        "articles": [
            {
                "section": "doi-song",
                "title": "Làng miến dong Phú Thịnh tất bật vụ Tết",
                "lead": (
                    "Từ tháng mười, hơn 70 hộ làm miến ở thôn Phú Thượng phơi "
                    "miến kín các bãi đất ven sông để kịp đơn hàng cuối năm."
                ),
                "body": [
                    (
                        "paragraph",
                        "Mỗi ngày làng xuất đi khoảng 9 tấn miến. Các hộ đã chuyển "
                        "sang máy tráng bánh dùng điện và bể lắng nước thải chung, "
                        "giảm mùi và tiết kiệm gần một nửa nước so với trước.",
                    ),
                    ("image", "Những phên miến dong phơi nắng bên bờ sông Phú Thịnh"),
                ],
                "author": "Quang Huy",
                "unit": "UBND xã Phú Thịnh",
                "tags": ["làng nghề", "OCOP"],
                "days_ago": 1,
                "hour": 16,
                "proposal": "accepted",
            },
            {
                "section": "tin-tuc",
                "title": "Phú Thịnh ra mắt tổ công nghệ số ở 12 thôn",
                "lead": (
                    "Mỗi thôn có một tổ ba người hướng dẫn bà con cài ứng dụng "
                    "định danh điện tử và nộp hồ sơ trực tuyến."
                ),
                "body": [
                    (
                        "paragraph",
                        "Các tổ trực tại nhà văn hóa thôn vào chiều thứ tư. Đoàn "
                        "thanh niên xã nhận hỗ trợ người cao tuổi tại nhà khi cần.",
                    ),
                    ("image", "Thành viên tổ công nghệ số hướng dẫn người cao tuổi"),
                ],
                "author": "Quang Huy",
                "unit": "UBND xã Phú Thịnh",
                "tags": ["chuyển đổi số"],
                "days_ago": 3,
                "hour": 10,
                "proposal": "pending",
            },
            {
                "section": "tin-tuc",
                "title": "Xã Phú Thịnh họp dân bàn mở rộng đường trục thôn",
                "lead": (
                    "Các hộ hai bên đường trục thôn Phú Hạ thống nhất hiến đất để "
                    "mở rộng mặt đường lên 5 m."
                ),
                "body": [
                    (
                        "paragraph",
                        "Xã dự kiến khởi công sau mùa mưa; phần kinh phí còn thiếu "
                        "được đề nghị hỗ trợ từ chương trình nông thôn mới của tỉnh.",
                    ),
                    ("image", "Người dân thôn Phú Hạ góp ý tại buổi họp"),
                ],
                "author": "Thanh Bình",
                "unit": "UBND xã Phú Thịnh",
                "tags": ["giao thông nông thôn"],
                "days_ago": 6,
                "hour": 14,
                "proposal": "declined",
                "reason": "Tỉnh sẽ đưa tin khi công trình khởi công.",
            },
        ],
    },
    {
        "host": "xa-c.localhost",
        "name": "Xã Đồng Tâm",
        "unit": "Ủy ban nhân dân xã Đồng Tâm",
        "address": "Thôn Đồng Chằm, xã Đồng Tâm, tỉnh Bình Lâm",
        "phone": "0209 3 862 303",
        "accounts": "xa-c",
        "sections": [
            {
                "slug": "tin-tuc",
                "title": "Tin tức",
                "intro": "Tin hoạt động của xã Đồng Tâm.",
                "children": [],
            },
        ],
        "articles": [
            {
                "section": "tin-tuc",
                "title": "Đồng Tâm mở lớp nuôi ong lấy mật cho 40 hộ",
                "lead": (
                    "Lớp học năm buổi tại thôn Đồng Chằm giúp các hộ mới nuôi biết "
                    "tách đàn, chống nấm và quay mật đúng kỳ."
                ),
                "body": [
                    (
                        "paragraph",
                        "Sau khóa học, mỗi hộ được hỗ trợ hai thùng ong giống. Hội "
                        "Nông dân xã sẽ thu mua mật theo giá sàn để người nuôi yên "
                        "tâm mở rộng đàn.",
                    ),
                    ("image", "Học viên thực hành kiểm tra cầu ong tại thôn Đồng Chằm"),
                ],
                "author": "Mai Phương",
                "unit": "UBND xã Đồng Tâm",
                "tags": ["nông nghiệp", "khuyến nông"],
                "days_ago": 4,
                "hour": 9,
                "proposal": "accepted",
            },
            {
                "section": "tin-tuc",
                "title": (
                    "Trạm y tế xã Đồng Tâm khám sức khỏe miễn phí cho người cao tuổi"
                ),
                "lead": (
                    "Hơn 260 người từ 75 tuổi trở lên được đo huyết áp, xét nghiệm "
                    "đường huyết và lập hồ sơ sức khỏe điện tử."
                ),
                "body": [
                    (
                        "paragraph",
                        "Những trường hợp có chỉ số bất thường được hẹn tái khám và "
                        "được y tế thôn nhắc lịch qua nhóm Zalo của từng thôn.",
                    ),
                    ("image", "Nhân viên trạm y tế đo huyết áp cho người cao tuổi"),
                ],
                "author": "Mai Phương",
                "unit": "UBND xã Đồng Tâm",
                "tags": ["y tế"],
                "days_ago": 7,
                "hour": 8,
            },
        ],
    },
]
