namespace Pucha.Bench.SiteGenerator;

/// <summary>
/// Word lists for plausible 政务 (government affairs) prose. Every name here is fictitious: the
/// city 江川市 and its counties do not exist, so no page can be mistaken for a real office's text.
/// Every character is in GBK, because some pages are written in that encoding.
/// </summary>
internal static class Vocabulary
{
    public const string City = "江川市";
    public const string SiteName = "江川市人民政府";
    public const string SiteDomain = "www.jiangchuan.gov.cn";
    public const string SiteIdCode = "5299000001";
    public const string IcpNumber = "滇ICP备05012345号";
    public const string PoliceNumber = "滇公网安备53990002000123号";
    public const string Host = "江川市人民政府办公室";
    public const string Address = "江川市滨江大道88号市政务中心";
    public const string Phone = "0871-66123456";
    public const string Email = "jcszfb@jiangchuan.gov.cn";

    public static readonly string[] Counties =
    [
        "青溪县", "临江区", "石门县", "白沙县", "南屏区", "云岭县", "东湖区", "长宁县", "桃源县", "安平县",
    ];

    public static readonly string[] Towns =
    [
        "城关镇", "新民乡", "河口镇", "杨柳街道", "大坪镇", "红星乡", "龙潭镇", "双桥街道", "马场乡", "清水镇",
        "凤鸣街道", "金山镇", "柏林乡", "三岔镇", "望江街道",
    ];

    public static readonly string[] Departments =
    [
        "市发展和改革委员会", "市教育局", "市科学技术局", "市工业和信息化局", "市公安局", "市民政局", "市司法局",
        "市财政局", "市人力资源和社会保障局", "市自然资源局", "市生态环境局", "市住房和城乡建设局", "市交通运输局",
        "市水利局", "市农业农村局", "市商务局", "市文化和旅游局", "市卫生健康委员会", "市退役军人事务局",
        "市应急管理局", "市审计局", "市市场监督管理局", "市统计局", "市医疗保障局", "市政务服务管理局",
        "市林业和草原局", "市信访局", "市乡村振兴局", "市地方金融监督管理局", "市人民政府办公室",
    ];

    public static readonly string[] Topics =
    [
        "优化营商环境", "安全生产", "乡村振兴", "生态环境保护", "城市更新", "政务公开", "数字政府建设", "一网通办",
        "防汛抗旱", "森林防火", "食品安全", "就业创业", "基层治理", "河长制", "民生实事", "招商引资", "科技创新",
        "文明城市创建", "社会保障", "耕地保护", "农村人居环境整治", "义务教育均衡发展", "医疗卫生服务",
        "养老服务体系建设", "营商环境评价", "重点项目建设", "财政预算管理", "审计整改", "扫黑除恶常态化",
        "信访工作", "粮食生产", "高标准农田建设", "老旧小区改造", "交通基础设施建设", "消费帮扶", "节能减排",
        "大气污染防治", "水资源管理", "安全隐患排查", "政务服务标准化", "双随机一公开监管", "普法宣传",
    ];

    public static readonly string[] Meetings =
    [
        "常务会议", "专题会议", "工作推进会", "调度会", "座谈会", "业务培训会", "动员部署会", "现场观摩会",
        "联席会议", "工作会议", "视频调度会", "督导会",
    ];

    public static readonly string[] Actions =
    [
        "研究部署", "安排部署", "专题研究", "调度推进", "总结回顾", "督促落实", "统筹推进", "全面部署",
    ];

    public static readonly string[] Demands =
    [
        "提高政治站位", "压实工作责任", "强化统筹协调", "狠抓工作落实", "加强督促检查", "确保各项任务落地见效",
        "坚持问题导向", "完善工作机制", "加强部门协作", "强化宣传引导", "严格考核问责", "注重建章立制",
        "抓好风险防控", "优化服务流程", "提升群众满意度", "坚守安全底线",
    ];

    public static readonly string[] Results =
    [
        "取得新成效", "迈上新台阶", "实现新突破", "不断走深走实", "提质增效", "取得阶段性成果", "形成长效机制",
        "稳步推进", "见到实效",
    ];

    public static readonly string[] Goals =
    [
        "推动高质量发展", "保障和改善民生", "提升治理能力", "维护社会稳定", "建设人民满意政府",
        "推进治理体系现代化", "促进经济平稳运行", "增强群众获得感",
    ];

    public static readonly string[] Objects =
    [
        "新增就业岗位", "完成固定资产投资", "办理政务服务事项", "改造农村危房", "新建城市道路", "整治河道",
        "培训农村劳动力", "发放惠民补贴", "新增市场主体", "受理群众来信", "检查生产经营单位", "排查安全隐患",
    ];

    public static readonly string[] Units = ["个", "万元", "件", "户", "公里", "人次", "家", "处", "亿元"];

    public static readonly string[] Surnames =
    [
        "张", "王", "李", "赵", "刘", "陈", "杨", "黄", "周", "吴", "徐", "孙", "马", "朱", "胡", "郭", "何", "罗",
    ];

    public static readonly string[] GivenNames =
    [
        "建国", "志强", "海燕", "晓明", "丽华", "国庆", "文斌", "秀英", "永红", "明辉", "春梅", "德胜", "玉兰",
        "学军", "红梅", "立新", "宏伟", "桂芳",
    ];

    public static readonly string[] Positions = ["副市长", "市政府秘书长", "局长", "副局长", "主任", "副主任", "县长", "区长"];

    public static readonly string[] ContentSources =
    [
        "江川市人民政府办公室", "江川日报", "市融媒体中心", "市政务服务管理局", "市发展和改革委员会", "市统计局",
    ];

    public static readonly string[] ServiceMatters =
    [
        "个体工商户设立登记", "城乡居民基本养老保险参保登记", "建设工程规划许可证核发", "食品经营许可",
        "最低生活保障审批", "道路货物运输经营许可", "取水许可", "医师执业注册", "民办学校设立审批",
        "残疾人证办理", "公共场所卫生许可", "农村宅基地审批",
    ];

    public static readonly string[] Materials =
    [
        "申请表", "申请人身份证", "营业执照", "法定代表人身份证明", "经营场所使用证明", "户口簿", "收入情况证明",
        "规划设计方案", "授权委托书", "房屋产权证明", "健康证明", "资格证书",
    ];

    public static readonly string[] MessageTopics =
    [
        "小区路灯长期不亮", "农村公路破损严重", "学校周边交通拥堵", "社保卡补办进度", "公积金提取咨询",
        "噪声扰民问题", "垃圾清运不及时", "农民工工资拖欠", "医保异地报销", "网站链接无法打开", "供水水压不足",
        "物业服务不规范", "夜间施工扰民", "公交线路调整建议", "不动产登记办理时限",
    ];
}
